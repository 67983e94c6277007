package arena.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import arena.spec.ActivationSpec;
import arena.spec.Catalog;
import arena.spec.CatalogEntry;
import arena.spec.LossSpec;
import arena.spec.Names;
import arena.spec.OptimizerSpec;
import arena.spec.WeightInitSpec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the names an experiment file accepts.")
final class ListCommand implements Callable<Integer> {

    enum What { activations, losses, optimizers, initializers, datasets }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "WHAT", arity = "0..1",
            description = "One of: ${COMPLETION-CANDIDATES} (default: all).")
    What what;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (What w : What.values()) {
            if (what == null || what == w) {
                switch (w) {
                    case activations -> activations(out);
                    case losses -> losses(out);
                    case optimizers -> optimizers(out);
                    case initializers -> initializers(out);
                    case datasets -> datasets(out);
                }
                if (what == null) {
                    out.println();
                }
            }
        }
        return ExitCodes.OK;
    }

    private static void activations(PrintWriter out) {
        out.println("Activations (model.activation, layers[].activation, model.output.activation):");
        for (String name : ActivationSpec.names()) {
            Map<String, Double> p = ActivationSpec.defaults(name);
            out.printf("  %-16s%s%n", name, p.isEmpty() ? "" : "{type: " + name + ", " + params(p) + "}");
        }
        out.println("  aliases: " + aliases(ActivationSpec.aliases()));
    }

    private static void losses(PrintWriter out) {
        out.println("Losses (model.output.loss):");
        for (LossSpec l : LossSpec.values()) {
            out.printf("  %-32s %s%n", l.label(), l.meaning());
        }
        out.println("  aliases: " + aliases(LossSpec.aliases()));
    }

    private static void optimizers(PrintWriter out) {
        out.println("Optimizers (training.optimizer: NAME or {type: NAME, param: value}), with defaults:");
        for (OptimizerSpec.Kind k : OptimizerSpec.Kind.values()) {
            out.printf("  %-10s %-58s %s%n", k.label(), params(k.defaults()), k.meaning());
        }
    }

    private static void initializers(PrintWriter out) {
        out.println("Weight initializers (model.weightInit, layers[].weightInit): DL4J's WeightInit names");
        out.println("  " + String.join(", ", WeightInitSpec.names()));
        out.println("  aliases: " + aliases(WeightInitSpec.aliases()));
        out.println("  fixed distributions: {type: normal, mean: 0, std: 0.01}, {type: uniform, low: -0.05, high: 0.05}");
    }

    private static void datasets(PrintWriter out) {
        out.println("Catalog data sets (data.dataset):");
        int width = Catalog.entries().stream().mapToInt(e -> e.name().length()).max().orElse(10);
        for (CatalogEntry e : Catalog.entries()) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %-15s %s%n", e.name(), e.task().label(), e.description());
        }
        out.println("Synthetic sets (data.synthetic.kind): " + String.join(", ", arena.data.SyntheticData.kinds()));
    }

    private static String params(Map<String, Double> p) {
        return p.entrySet().stream().map(e -> e.getKey() + ": " + Names.number(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String aliases(Map<String, String> a) {
        return a.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }
}
