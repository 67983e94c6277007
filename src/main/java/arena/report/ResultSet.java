package arena.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import arena.run.Json;
import arena.run.Manifest;
import arena.run.PlanFile;
import arena.run.ResultsDir;
import arena.run.ResultsReader;
import arena.run.TrialResult;
import arena.spec.CheckSpec;
import arena.spec.CompareSpec;
import arena.spec.TargetSpec;

/**
 * Everything reports are made from, read from disk: the manifest (name, comparison settings),
 * the plan, and each planned trial's stored result or error. Nothing is recomputed.
 */
public record ResultSet(ResultsDir dir, JsonNode manifest, String name, String description, CompareSpec compare,
                        List<CheckSpec> checks, List<PlanFile.Row> plan, Map<String, TrialResult> results,
                        Map<String, String> errors) {

    public static ResultSet load(ResultsDir dir) throws IOException {
        if (!Files.isRegularFile(dir.manifest()) || !Files.isRegularFile(dir.plan())) {
            throw new IOException(dir.root() + " is not a results folder (no manifest.json or plan.csv)");
        }
        JsonNode m = Manifest.read(dir);
        List<PlanFile.Row> plan = PlanFile.read(dir);
        Map<String, TrialResult> results = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (PlanFile.Row r : plan) {
            TrialResult t = ResultsReader.readQuietly(dir, r.id());
            if (t != null) {
                results.put(r.id(), t);
            } else {
                String e = ResultsReader.error(dir, r.id());
                if (e != null) {
                    errors.put(r.id(), e);
                }
            }
        }
        // checks judge the whole plan: a shard or a selection would fail them for groups run elsewhere
        List<CheckSpec> checks = partial(m) ? List.of() : checks(m.path("checks"));
        CompareSpec compare = compare(m.path("compare"));
        if (compare.target() != null) {
            results.replaceAll((id, r) -> r.withMetrics(TargetEpochs.of(dir.epochs(id), compare.target())));
        }
        return new ResultSet(dir, m, m.path("experiment").path("name").asText(), m.path("experiment").path("description").asText(""),
                compare, checks, plan, results, errors);
    }

    /** A shard (--shard) or a selection (--only, --trials) of the plan rather than all of it. */
    public static boolean partial(JsonNode manifest) {
        JsonNode plan = manifest.path("plan");
        return !plan.path("shard").isMissingNode() && !plan.path("shard").isNull() || !plan.path("selection").asText("").isEmpty();
    }

    private static CompareSpec compare(JsonNode c) {
        List<String> metrics = new ArrayList<>();
        c.path("metrics").forEach(n -> metrics.add(n.asText()));
        List<String> across = new ArrayList<>();
        c.path("across").forEach(n -> across.add(n.asText()));
        JsonNode t = c.path("target");
        TargetSpec target = t.isObject() ? new TargetSpec(t.path("metric").asText(), t.path("value").asDouble()) : null;
        List<String> partners = new ArrayList<>();
        c.path("with").forEach(n -> partners.add(n.asText()));
        return new CompareSpec(text(c.path("by")), text(c.path("baseline")), metrics,
                c.path("alpha").asDouble(CompareSpec.DEFAULT_ALPHA), across, target, partners);
    }

    @SuppressWarnings("unchecked")
    private static List<CheckSpec> checks(JsonNode checks) {
        List<CheckSpec> out = new ArrayList<>();
        checks.forEach(n -> out.add(CheckSpec.fromMap(Json.MAPPER.convertValue(n, Map.class))));
        return out;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    public String compareBy() {
        return compare.by();
    }

    public String baseline() {
        return compare.baseline();
    }

    public List<String> metrics() {
        return compare.metrics();
    }

    /** Plan rows with the status the files on disk show (a result overrides a stale plan status). */
    public String status(PlanFile.Row r) {
        TrialResult t = results.get(r.id());
        if (t != null) {
            return t.status();
        }
        return errors.containsKey(r.id()) ? "failed" : r.status().equals("failed") ? "failed" : "pending";
    }
}
