package arena.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import arena.model.ActivationCurve;
import arena.run.PlanFile;
import arena.spec.ActivationSpec;
import arena.spec.SpecException;
import arena.spec.Tree;
import arena.spec.YNode;
import arena.spec.YamlLoader;

/** The compared activation functions and their derivatives, when the compared factor is an activation. */
public final class ActivationShapes {
    static final double FROM = -4;
    static final double TO = 4;
    static final int POINTS = 321;

    private ActivationShapes() { }

    /** The activation of each group, read from one of its trials' config.yaml; empty if not an activation. */
    static List<ActivationSpec> compared(ResultSet rs) {
        String by = rs.compareBy();
        if (by == null || !by.endsWith("activation")) {
            return List.of();
        }
        Map<String, ActivationSpec> byGroup = new LinkedHashMap<>();
        for (PlanFile.Row r : rs.plan()) {
            if (byGroup.containsKey(r.group()) || !Files.isRegularFile(rs.dir().config(r.id()))) {
                continue;
            }
            try {
                YNode config = YamlLoader.parse(Files.readString(rs.dir().config(r.id())), "config.yaml");
                YNode value = Tree.get(config, List.of(by.split("\\.")));
                if (value != null) {
                    byGroup.put(r.group(), ActivationSpec.read(value, by));
                }
            } catch (IOException | SpecException e) {
                // a trial without a readable config contributes no curve; another trial of the group may
            }
        }
        return byGroup.values().stream().filter(a -> !a.name().equals("softmax") && !a.isLayer()).toList();
    }

    /** One picture: the functions above, their derivatives below, sharing the x axis. */
    public static JFreeChart combined(List<ActivationSpec> activations, double from, double to) {
        Map<String, double[][]> f = new LinkedHashMap<>();
        Map<String, double[][]> d = new LinkedHashMap<>();
        for (ActivationSpec a : activations) {
            ActivationCurve c = ActivationCurve.of(a, from, to, POINTS);
            f.put(c.label(), new double[][] {c.x(), c.y()});
            d.put(c.label(), new double[][] {c.x(), c.dydx()});
        }
        return Charts.stacked("Activation functions f(x) and their derivatives f'(x)", "x", Map.of("f(x)", f, "f'(x)", d),
                List.of("f(x)", "f'(x)"));
    }

    /** Two charts: the functions, and their derivatives as DL4J computes them for backpropagation. */
    public static List<JFreeChart> charts(List<ActivationSpec> activations) {
        Map<String, double[][]> f = new LinkedHashMap<>();
        Map<String, double[][]> d = new LinkedHashMap<>();
        for (ActivationSpec a : activations) {
            ActivationCurve c = ActivationCurve.of(a, FROM, TO, POINTS);
            f.put(c.label(), new double[][] {c.x(), c.y()});
            d.put(c.label(), new double[][] {c.x(), c.dydx()});
        }
        List<JFreeChart> out = new ArrayList<>();
        out.add(Charts.lines("Activation functions", "x", "f(x)", f));
        out.add(Charts.lines("Derivatives (as used in backpropagation)", "x", "f'(x)", d));
        return out;
    }
}
