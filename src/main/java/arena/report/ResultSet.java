package arena.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import arena.run.Manifest;
import arena.run.PlanFile;
import arena.run.ResultsDir;
import arena.run.ResultsReader;
import arena.run.TrialResult;

/**
 * Everything reports are made from, read from disk: the manifest (name, comparison settings),
 * the plan, and each planned trial's stored result or error. Nothing is recomputed.
 */
public record ResultSet(ResultsDir dir, JsonNode manifest, String name, String description, String compareBy,
                        String baseline, List<String> metrics, List<PlanFile.Row> plan,
                        Map<String, TrialResult> results, Map<String, String> errors) {

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
        JsonNode compare = m.path("compare");
        List<String> metrics = new ArrayList<>();
        compare.path("metrics").forEach(n -> metrics.add(n.asText()));
        return new ResultSet(dir, m, m.path("experiment").path("name").asText(), m.path("experiment").path("description").asText(""),
                compare.path("by").isNull() ? null : compare.path("by").asText(null),
                compare.path("baseline").isNull() ? null : compare.path("baseline").asText(null), metrics, plan, results, errors);
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
