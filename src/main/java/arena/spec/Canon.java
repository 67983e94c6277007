package arena.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the map form of a configuration record. In canonical form (the one trial ids hash) values
 * equal to their default are left out, so a key added later with a default changes no id;
 * in full form (config.yaml, labels) everything is written.
 */
final class Canon {
    private final Map<String, Object> map = new LinkedHashMap<>();
    private final boolean canonical;

    Canon(boolean canonical) {
        this.canonical = canonical;
    }

    Canon put(String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    Canon put(String key, Object value, Object fallback) {
        if (!canonical || !Objects.equals(value, fallback)) {
            put(key, value);
        }
        return this;
    }

    boolean canonical() {
        return canonical;
    }

    Map<String, Object> map() {
        return Collections.unmodifiableMap(map);
    }
}
