package arena.cli;

import static arena.TestSupport.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import arena.TestSupport.CliResult;

/** validate, list and help print what a user relies on. */
class CommandsTest {
    @TempDir
    Path dir;

    @Test
    void validatePrintsThePlanAndTrainsNothing() {
        CliResult r = cli("validate", "experiments/activations-digits.yaml", "--trials");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("activations-digits: 15 trials = 3 groups × 1 block × 5 seeds\n"), r.out());
        assertTrue(r.out().contains("  compared by model.activation: sigmoid (baseline), tanh, relu\n"), r.out());
        assertTrue(r.out().contains("gradient steps; rough estimate"), r.out());
        assertEquals(15, r.out().lines().filter(l -> l.matches("  [0-9a-f]{12}  .*")).count());
        assertTrue(cli("validate", "experiments/xor.yaml").out().contains("blocks: model.hidden=[2] | model.hidden=[4]"));
    }

    @Test
    void validateAppliesOverrides() {
        CliResult r = cli("validate", "experiments/activations-digits.yaml", "--set", "seeds=1");
        assertTrue(r.out().startsWith("activations-digits: 3 trials = 3 groups × 1 block × 1 seed\n"), r.out());
    }

    @Test
    void listNamesEverything() {
        CliResult r = cli("list");
        assertEquals(0, r.code());
        for (String name : new String[] {"leakyrelu       {type: leakyrelu, alpha: 0.01}", "swish", "gelu", "selu", "softsign",
                "hardsigmoid", "mcxent", "negativeloglikelihood", "squared_hinge", "momentum", "rmsprop",
                "xavier", "relu_uniform", "digits", "breast_cancer", "logistic = sigmoid"}) {
            assertTrue(r.out().contains(name), name + " missing from:\n" + r.out());
        }
        CliResult losses = cli("list", "losses");
        assertTrue(losses.out().startsWith("Losses (model.output.loss):"), losses.out());
        assertEquals(2, cli("list", "colours").code());
    }

    @Test
    void helpDocumentsEveryOption() {
        CliResult r = cli("run", "--help");
        assertEquals(0, r.code());
        for (String opt : new String[] {"--out", "--workers", "--set", "--force"}) {
            assertTrue(r.out().contains(opt), opt);
        }
        CliResult top = cli("--help");
        assertTrue(top.out().contains("130") && top.out().contains("validate") && top.out().contains("list"), top.out());
    }
}
