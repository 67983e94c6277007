package arena.cli;

import static arena.TestSupport.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import arena.TestSupport;
import arena.TestSupport.CliResult;
import arena.run.Json;

/** The diagnostics examples show their effects, and measuring changes nothing that is trained. */
class DiagnosticsEndToEndTest {
    @TempDir
    Path dir;

    private Map<String, JsonNode> byGroup(Path results) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        try (Stream<Path> s = Files.list(results.resolve("trials"))) {
            for (Path t : s.toList()) {
                JsonNode m = Json.MAPPER.readTree(t.resolve("metrics.json").toFile());
                out.put(m.get("group").asText(), m);
            }
        }
        return out;
    }

    @Test
    void deepSigmoidGradientsVanishWhereRelusDoNot() throws IOException {
        CliResult r = cli("run", "experiments/vanishing-gradients.yaml", "--out", dir.toString(), "--set", "seeds=1",
                "--set", "training.epochs=3", "--set", "sweep.model.activation=[sigmoid, relu]", "--set", "compare.baseline=sigmoid");
        assertEquals(0, r.code(), r.err());
        Map<String, JsonNode> g = byGroup(dir.resolve("vanishing-gradients"));
        double sigmoidRatio = g.get("sigmoid").get("metrics").get("diag.gradRatio").asDouble();
        double reluRatio = g.get("relu").get("metrics").get("diag.gradRatio").asDouble();
        assertTrue(sigmoidRatio < 0.05 && reluRatio > 0.2, "gradRatio sigmoid " + sigmoidRatio + ", relu " + reluRatio);
        double sigmoidFirst = g.get("sigmoid").get("metrics").get("diag.gradNorm.layer0").asDouble();
        double reluFirst = g.get("relu").get("metrics").get("diag.gradNorm.layer0").asDouble();
        assertTrue(sigmoidFirst * 50 < reluFirst, "first-layer gradient norm sigmoid " + sigmoidFirst + " vs relu " + reluFirst);
        String html = TestSupport.read(dir.resolve("vanishing-gradients/report.html"));
        assertTrue(html.contains("Gradient norm by layer: sigmoid") && html.contains("Gradient ratio: first / last hidden layer"));
    }

    @Test
    void reluUnitsStayDeadWhereLeakyReluUnitsRecover() throws IOException {
        CliResult r = cli("run", "experiments/dying-relu.yaml", "--out", dir.toString(), "--set", "seeds=1", "--set", "training.epochs=6",
                "--set", "sweep.model.activation=[relu, {type: leakyrelu, alpha: 0.1}]");
        assertEquals(0, r.code(), r.err());
        Map<String, JsonNode> g = byGroup(dir.resolve("dying-relu"));
        double relu = g.get("relu").get("metrics").get("diag.deadFraction.layer1").asDouble();
        double leaky = g.get("leakyrelu(alpha=0.1)").get("metrics").get("diag.deadFraction.layer1").asDouble();
        assertTrue(relu > 0.3 && leaky < relu / 2, "dead fraction of layer 1: relu " + relu + ", leaky relu " + leaky);
        assertTrue(TestSupport.read(dir.resolve("dying-relu/report.html")).contains("Dead units by layer: relu"));
    }

    @Test
    void diagnosticsChangeNothingThatIsTrained() throws IOException {
        Path file = TestSupport.write(dir, "d.yaml", """
                name: diag-off
                data: {dataset: iris, split: {validation: 0.2}}
                model: {hidden: [8, 8], activation: tanh}
                training: {optimizer: {type: sgd, learningRate: 0.1}, batchSize: 8, epochs: 5}
                """);
        assertEquals(0, cli("run", file.toString(), "--out", dir.resolve("on").toString()).code());
        assertEquals(0, cli("run", file.toString(), "--out", dir.resolve("off").toString(), "--set", "diagnostics=false").code());
        JsonNode on = byGroup(dir.resolve("on/diag-off")).get("all");
        JsonNode off = byGroup(dir.resolve("off/diag-off")).get("all");
        ObjectNode a = ((ObjectNode) on.get("metrics")).deepCopy();
        a.remove(List.copyOf(iterable(a.fieldNames()).stream().filter(k -> k.startsWith("diag.")).toList()));
        assertEquals(off.get("metrics"), a, "the same trained network, with or without diagnostics");
        assertTrue(on.get("time").has("diagSeconds"));
        assertTrue(on.get("metrics").has("diag.actSd.layer1"));
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
