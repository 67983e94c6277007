package arena.spec;

import java.util.Map;

/**
 * One configuration trained with one seed. {@code group} is its value of the compared factor,
 * {@code block} the values of every other swept factor ("" when nothing else is swept).
 */
public record Trial(String id, TrialConfig config, long seed, Map<String, String> factors, String group, String block) {
    public Trial {
        factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
    }
}
