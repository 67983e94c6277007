package arena.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import arena.spec.ActivationSpec;

/**
 * Statistics of one hidden layer's outputs on the probe batch (rows × units):
 * <ul>
 * <li>mean and (population) standard deviation over all outputs;</li>
 * <li>saturatedFraction: the share of (unit, row) outputs near an asymptote of a bounded activation —
 *     sigmoid/hardsigmoid below 1 − t or above t, tanh/hardtanh/softsign/rationaltanh with |a| > t,
 *     rectifiedtanh above t. Counting pairs, not unit means: a unit at 0.99 on half the rows and
 *     0.01 on the others averages 0.5 and would hide its saturation;</li>
 * <li>saturatedUnits: the share of units whose mean output over the probe is near an asymptote;</li>
 * <li>deadFraction (ReLU family): the share of units never positive on any probe row — for ReLU
 *     their gradient is zero everywhere, so they stay dead; for leaky ReLU and ELU they still learn.</li>
 * </ul>
 */
public final class ActivationStatistics {
    private ActivationStatistics() { }

    static Map<String, Double> of(double[][] a, ActivationSpec activation, double threshold, int layer) {
        Map<String, Double> out = new LinkedHashMap<>();
        int rows = a.length;
        int units = rows == 0 ? 0 : a[0].length;
        if (rows == 0 || units == 0) {
            return out;
        }
        double sum = 0, sumSq = 0;
        for (double[] row : a) {
            for (double v : row) {
                sum += v;
                sumSq += v * v;
            }
        }
        double n = (double) rows * units;
        double mean = sum / n;
        out.put("diag.actMean.layer" + layer, mean);
        out.put("diag.actSd.layer" + layer, Math.sqrt(Math.max(0, sumSq / n - mean * mean)));
        Saturation sat = Saturation.of(activation.name(), threshold);
        if (sat != null) {
            long pairs = 0;
            int satUnits = 0;
            for (int u = 0; u < units; u++) {
                double unitSum = 0;
                for (double[] row : a) {
                    pairs += sat.near(row[u]) ? 1 : 0;
                    unitSum += row[u];
                }
                satUnits += sat.near(unitSum / rows) ? 1 : 0;
            }
            out.put("diag.saturatedFraction.layer" + layer, pairs / n);
            out.put("diag.saturatedUnits.layer" + layer, (double) satUnits / units);
        }
        if (activation.reluFamily()) {
            int dead = 0;
            for (int u = 0; u < units; u++) {
                boolean positive = false;
                for (double[] row : a) {
                    if (row[u] > 0) {
                        positive = true;
                        break;
                    }
                }
                dead += positive ? 0 : 1;
            }
            out.put("diag.deadFraction.layer" + layer, (double) dead / units);
        }
        return out;
    }

    /** Where a bounded activation's outputs count as saturated. */
    private record Saturation(double low, double high) {
        static Saturation of(String name, double t) {
            if (List.of("sigmoid", "hardsigmoid").contains(name)) {
                return new Saturation(1 - t, t);
            }
            if (List.of("tanh", "hardtanh", "softsign", "rationaltanh").contains(name)) {
                return new Saturation(-t, t);
            }
            if (name.equals("rectifiedtanh")) {
                return new Saturation(Double.NEGATIVE_INFINITY, t);
            }
            return null;
        }

        boolean near(double v) {
            return v < low || v > high;
        }
    }
}
