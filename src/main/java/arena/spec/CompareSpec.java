package arena.spec;

import java.util.List;

/**
 * What is compared head to head: {@code by} names the factor (a sweep key) whose values are the
 * groups; {@code baseline} is the group the others are measured against (null: none).
 */
public record CompareSpec(String by, String baseline, List<String> metrics) {
    public CompareSpec {
        metrics = List.copyOf(metrics);
    }
}
