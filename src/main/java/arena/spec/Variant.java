package arena.spec;

import java.util.Map;

/** One point of the sweep: the swept keys' labels and the configuration they resolve to. */
public record Variant(Map<String, String> factors, TrialConfig config) {
    public Variant {
        factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
    }
}
