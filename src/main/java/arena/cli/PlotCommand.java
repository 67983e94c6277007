package arena.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import arena.report.ActivationShapes;
import arena.report.Svg;
import arena.run.AtomicFiles;
import arena.spec.ActivationSpec;
import arena.spec.KeyOverride;
import arena.spec.SpecException;

@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Plot the shapes and derivatives of activation functions (one picture, PNG and SVG).")
final class PlotCommand implements Callable<Integer> {
    static final List<String> DEFAULT = List.of("sigmoid", "tanh", "relu", "leakyrelu", "elu", "selu", "swish", "gelu",
            "softplus", "softsign", "hardsigmoid", "hardtanh");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "WHAT", arity = "1", description = "What to plot: activations.")
    String what;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Folder for activations.png and activations.svg (default: ${DEFAULT-VALUE}).")
    Path out;

    // split on commas outside {...}, so a parameterised activation stays whole
    @Option(names = "--activations", paramLabel = "NAME", split = ",(?![^{]*})",
            description = "Activations to draw, as in an experiment file, e.g. relu,tanh,'{type: leakyrelu, alpha: 0.2}' (default: the usual twelve).")
    List<String> activations = new ArrayList<>(DEFAULT);

    @Option(names = "--from", defaultValue = "-4", description = "Left end of the x range (default: ${DEFAULT-VALUE}).")
    double from;

    @Option(names = "--to", defaultValue = "4", description = "Right end of the x range (default: ${DEFAULT-VALUE}).")
    double to;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!what.equals("activations")) {
            err.println("arena: can plot 'activations', not '" + what + "'");
            return ExitCodes.BAD_INPUT;
        }
        if (!(from < to)) {
            err.println("arena: --from must be below --to");
            return ExitCodes.BAD_INPUT;
        }
        List<ActivationSpec> specs = new ArrayList<>();
        try {
            for (String a : activations) {
                ActivationSpec spec = parse(a);
                if (spec.isLayer()) {
                    err.println("arena: " + spec.name() + " has learned parameters, so it has no fixed shape to plot");
                    return ExitCodes.BAD_INPUT;
                }
                specs.add(spec);
            }
        } catch (SpecException e) {
            err.println("arena: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        JFreeChart chart = ActivationShapes.combined(specs, from, to);
        try {
            Files.createDirectories(out);
            Path png = out.resolve("activations.png");
            AtomicFiles.write(png, ChartUtils.encodeAsPNG(chart.createBufferedImage(1000, 900)));
            AtomicFiles.write(out.resolve("activations.svg"), Svg.standalone(chart, 1000, 900));
            spec.commandLine().getOut().println("Wrote " + png + " and " + out.resolve("activations.svg"));
        } catch (IOException e) {
            err.println("arena: cannot write to " + out + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    /** Read like a value of model.activation, so names, aliases and maps work as in a file. */
    private static ActivationSpec parse(String text) {
        KeyOverride o = KeyOverride.parse("activation=" + text);
        return ActivationSpec.read(o.node(), "--activations " + text);
    }
}
