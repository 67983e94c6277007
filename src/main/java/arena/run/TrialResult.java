package arena.run;

import java.util.Map;

/**
 * The contents of a trial's metrics.json: identity, outcome, final metrics by full name
 * ({@code test.accuracy}), the test confusion matrix, and wall-clock figures kept apart in
 * {@code time} so that comparisons of reruns can leave them out.
 *
 * @param status       done or diverged (a diverged trial is a result, with the epoch it happened)
 * @param testOnTrain  true when {@code split.test} is 0 and test metrics are on the training rows
 * @param fingerprint  the inputs beyond the configuration (data hash, versions): see {@link Fingerprint}
 */
public record TrialResult(String id, String status, long seed, String group, String block,
                          Map<String, String> factors, String dataset, String dataSha256, boolean testOnTrain,
                          int epochsRun, Integer divergedEpoch, long iterations,
                          Map<String, Double> metrics, java.util.List<String> classes, int[][] confusion,
                          Map<String, Double> time, Map<String, String> fingerprint) {

    public static final String DONE = "done";
    public static final String DIVERGED = "diverged";

    /** The same result with more metrics (derived at report time, e.g. epochs to reach compare.target). */
    public TrialResult withMetrics(Map<String, Double> extra) {
        Map<String, Double> m = new java.util.LinkedHashMap<>(metrics == null ? Map.of() : metrics);
        m.putAll(extra);
        return new TrialResult(id, status, seed, group, block, factors, dataset, dataSha256, testOnTrain, epochsRun, divergedEpoch,
                iterations, m, classes, confusion, time, fingerprint);
    }

    public boolean diverged() {
        return DIVERGED.equals(status);
    }

    /** A metric by its full name, time.* included; null when not measured. */
    public Double metric(String name) {
        if (name.startsWith("time.")) {
            return time == null ? null : time.get(name.substring("time.".length()));
        }
        if (name.equals("epochs.run")) {
            return (double) epochsRun;
        }
        return metrics == null ? null : metrics.get(name);
    }
}
