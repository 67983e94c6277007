package arena.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The measurements taken after one epoch (1-based), keyed by metric name, e.g. train.loss. */
public record EpochRecord(int epoch, Map<String, Double> values) {
    public EpochRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
