package arena.spec;

import java.util.List;

/**
 * What is compared head to head: {@code by} names the factor (a sweep key) whose values are the
 * groups; {@code baseline} is the group the others are tested against (null: all pairs);
 * {@code alpha} the significance level of the markers and checks; {@code across} the swept keys
 * whose combinations are the blocks of the cross-block ranking (Friedman, Nemenyi); {@code target}
 * (or null) the per-epoch value that counts as reached, for epochs.toTarget.
 */
public record CompareSpec(String by, String baseline, List<String> metrics, double alpha, List<String> across, TargetSpec target,
                          List<String> partners) {
    public static final double DEFAULT_ALPHA = 0.05;

    public CompareSpec {
        metrics = List.copyOf(metrics);
        across = List.copyOf(across);
        partners = List.copyOf(partners);
    }

    /** Without keys swept together with {@code by}. */
    public CompareSpec(String by, String baseline, List<String> metrics, double alpha, List<String> across, TargetSpec target) {
        this(by, baseline, metrics, alpha, across, target, List.of());
    }
}
