package arena.cli;

import static arena.TestSupport.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import arena.TestSupport;

class PlotCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesOnePictureAsPngAndSvg() throws Exception {
        var r = cli("plot", "activations", "--out", dir.toString(), "--activations", "sigmoid,Tanh,logistic,{type: leakyrelu, alpha: 0.2}");
        assertEquals(0, r.code(), r.err());
        BufferedImage png = ImageIO.read(dir.resolve("activations.png").toFile());
        assertEquals(1000, png.getWidth());
        String svg = TestSupport.read(dir.resolve("activations.svg"));
        assertTrue(svg.contains("<svg") && svg.contains("leakyrelu(alpha=0.2)") && svg.contains("derivatives"), svg.substring(0, 200));
        assertTrue(Files.size(dir.resolve("activations.png")) > 10_000);
    }

    @Test
    void badNamesAndArgumentsExitTwo() {
        var r = cli("plot", "activations", "--out", dir.toString(), "--activations", "sigmod");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown activation 'sigmod' (did you mean 'sigmoid'?)"), r.err());
        assertEquals(2, cli("plot", "losses").code());
        assertEquals(2, cli("plot", "activations", "--from", "3", "--to", "1").code());
    }
}
