package arena.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** MSE, RMSE, MAE and R² over all target values, as scikit-learn computes them. */
public final class RegressionMetrics {
    private RegressionMetrics() { }

    public static Map<String, Double> compute(double[] truth, double[] predicted) {
        int n = truth.length;
        double mean = 0;
        for (double y : truth) {
            mean += y;
        }
        mean /= n;
        double sse = 0, sae = 0, sst = 0;
        for (int i = 0; i < n; i++) {
            double e = truth[i] - predicted[i];
            sse += e * e;
            sae += Math.abs(e);
            sst += (truth[i] - mean) * (truth[i] - mean);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("mse", sse / n);
        out.put("rmse", Math.sqrt(sse / n));
        out.put("mae", sae / n);
        // scikit-learn's r2_score with a constant truth: 1 for a perfect fit, else 0
        out.put("r2", sst == 0 ? (sse == 0 ? 1.0 : 0.0) : 1 - sse / sst);
        return out;
    }
}
