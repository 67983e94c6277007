package arena;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import arena.run.Csv;
import arena.run.Json;

/**
 * A results folder written by hand (manifest.json, plan.csv, trials/<id>/metrics.json or error.txt),
 * in the formats {@code arena run} writes, so report and gate tests need no training.
 */
public final class SyntheticResults {
    private final String name;
    private final List<String> metrics;
    private double alpha = 0.05;
    private String version = "v1";
    private final List<Map<String, Object>> trials = new ArrayList<>();

    private SyntheticResults(String name, List<String> metrics) {
        this.name = name;
        this.metrics = List.copyOf(metrics);
    }

    /** An experiment comparing model.activation with sigmoid as baseline. */
    public static SyntheticResults experiment(String name, String... compareMetrics) {
        return new SyntheticResults(name, List.of(compareMetrics));
    }

    public SyntheticResults alpha(double a) {
        alpha = a;
        return this;
    }

    /** Salts the trial ids, as a new arena version or default would: pairing must not rely on ids. */
    public SyntheticResults version(String v) {
        version = v;
        return this;
    }

    /** A finished trial with the given metrics (time.* go to the "time" section, as arena writes them). */
    public SyntheticResults done(String group, String block, long seed, Map<String, Double> values) {
        return add(group, block, seed, "done", values);
    }

    /** The same metric for seeds 1, 2, ... of one group. */
    public SyntheticResults seeds(String group, String block, String metric, double... values) {
        for (int i = 0; i < values.length; i++) {
            done(group, block, i + 1, Map.of(metric, values[i]));
        }
        return this;
    }

    public SyntheticResults diverged(String group, String block, long seed) {
        return add(group, block, seed, "diverged", Map.of());
    }

    public SyntheticResults failed(String group, String block, long seed) {
        return add(group, block, seed, "failed", Map.of());
    }

    private SyntheticResults add(String group, String block, long seed, String status, Map<String, Double> values) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", Integer.toHexString((version + "|" + group + "|" + block + "|" + seed).hashCode() | 0x10000000));
        t.put("group", group);
        t.put("block", block);
        t.put("seed", seed);
        t.put("status", status);
        t.put("values", values);
        trials.add(t);
        return this;
    }

    public Path write(Path dir) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("experiment", Map.of("name", name, "description", ""));
        Map<String, Object> compare = new LinkedHashMap<>();
        compare.put("by", "model.activation");
        compare.put("baseline", "sigmoid");
        compare.put("metrics", metrics);
        compare.put("alpha", alpha);
        compare.put("across", List.of());
        manifest.put("compare", compare);
        manifest.put("checks", List.of());
        TestSupport.write(dir, "manifest.json", Json.write(manifest));
        StringBuilder plan = new StringBuilder(Csv.row(List.of("id", "group", "block", "seed", "status", "model.activation")));
        for (Map<String, Object> t : trials) {
            String id = (String) t.get("id");
            plan.append(Csv.row(List.of(id, (String) t.get("group"), (String) t.get("block"), t.get("seed").toString(),
                    (String) t.get("status"), (String) t.get("group"))));
            if (t.get("status").equals("failed")) {
                TestSupport.write(dir, "trials/" + id + "/error.txt", "IllegalStateException: synthetic failure\n");
            } else {
                TestSupport.write(dir, "trials/" + id + "/metrics.json", Json.write(metricsJson(t)));
            }
        }
        TestSupport.write(dir, "plan.csv", plan.toString());
        return dir;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metricsJson(Map<String, Object> t) {
        boolean diverged = t.get("status").equals("diverged");
        Map<String, Double> metricValues = new LinkedHashMap<>();
        Map<String, Double> time = new LinkedHashMap<>();
        ((Map<String, Double>) t.get("values")).forEach((k, v) -> {
            if (k.startsWith("time.")) {
                time.put(k.substring(5), v);
            } else {
                metricValues.put(k, v);
            }
        });
        time.putIfAbsent("totalSeconds", 1.0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.get("id"));
        m.put("status", t.get("status"));
        m.put("seed", t.get("seed"));
        m.put("group", t.get("group"));
        m.put("block", t.get("block"));
        m.put("factors", Map.of("model.activation", t.get("group")));
        m.put("dataset", "iris");
        m.put("dataSha256", "0".repeat(64));
        m.put("testOnTrain", false);
        m.put("epochsRun", diverged ? 2 : 5);
        m.put("divergedEpoch", diverged ? 3 : null);
        m.put("iterations", 20);
        m.put("metrics", diverged ? Map.of() : metricValues);
        m.put("classes", List.of("0", "1", "2"));
        m.put("confusion", null);
        m.put("time", time);
        return m;
    }
}
