package arena.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RegressionMetricsTest {
    @Test
    void matchesTheScikitLearnDocumentationExample() {
        // sklearn docs: y_true=[3,-0.5,2,7], y_pred=[2.5,0,2,8]: MSE 0.375, MAE 0.5, R² 0.948608137...
        Map<String, Double> m = RegressionMetrics.compute(new double[] {3, -0.5, 2, 7}, new double[] {2.5, 0, 2, 8});
        assertEquals(0.375, m.get("mse"), 1e-12);
        assertEquals(Math.sqrt(0.375), m.get("rmse"), 1e-12);
        assertEquals(0.5, m.get("mae"), 1e-12);
        assertEquals(0.9486081370449679, m.get("r2"), 1e-12);
    }

    @Test
    void constantTruthGivesR2OneOnlyForAPerfectFit() {
        assertEquals(1.0, RegressionMetrics.compute(new double[] {2, 2}, new double[] {2, 2}).get("r2"));
        assertEquals(0.0, RegressionMetrics.compute(new double[] {2, 2}, new double[] {1, 2}).get("r2"));
    }
}
