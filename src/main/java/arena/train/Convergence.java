package arena.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How training went, from the per-epoch records: the best epoch (lowest validation loss, or
 * training loss without a validation split), the area under the training-loss curve (the sum of
 * train.loss over the epochs: lower means it fell sooner or further), and the last measured value of
 * every diagnostic, so that diag.* can be compared like any final metric.
 */
public final class Convergence {
    private Convergence() { }

    public static Map<String, Double> of(List<EpochRecord> epochs) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (epochs.isEmpty()) {
            return out;
        }
        String lossKey = epochs.get(0).values().containsKey("validation.loss") ? "validation.loss" : "train.loss";
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        double area = 0;
        for (EpochRecord e : epochs) {
            Double loss = e.values().get(lossKey);
            if (loss != null && loss < best) {
                best = loss;
                bestEpoch = e.epoch();
            }
            area += e.values().getOrDefault("train.loss", 0.0);
        }
        out.put("epochs.best", (double) bestEpoch);
        out.put("epochs.lossArea", area);
        for (EpochRecord e : epochs) {
            e.values().forEach((k, v) -> {
                if (k.startsWith("diag.")) {
                    out.put(k, v);              // later epochs overwrite: the last measured value
                }
            });
        }
        return out;
    }
}
