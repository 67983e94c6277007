package arena.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import arena.spec.ExperimentSpec;
import arena.spec.KeyOverride;

/**
 * manifest.json: provenance of a results folder — versions, machine, threads and JVM flags, git
 * commits, the experiment file's text and hash, the comparison settings, start and end times.
 */
public final class Manifest {
    private Manifest() { }

    static void write(ResultsDir dir, ExperimentSpec spec, RunPlan plan, RunOptions options, Instant started, Instant ended,
                      Map<String, String> status) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> exp = new LinkedHashMap<>();
        exp.put("name", spec.name());
        exp.put("description", spec.description());
        exp.put("file", spec.file() == null ? null : spec.file().toString());
        exp.put("sha256", spec.sha256());
        exp.put("extends", spec.bases().stream().map(Path::toString).toList());
        exp.put("overrides", spec.overrides().stream().map(KeyOverride::argument).toList());
        exp.put("text", spec.text());
        m.put("experiment", exp);
        Map<String, Object> compare = new LinkedHashMap<>();
        compare.put("by", spec.compare().by());
        compare.put("baseline", spec.compare().baseline());
        compare.put("metrics", spec.compare().metrics());
        compare.put("alpha", spec.compare().alpha());
        compare.put("across", spec.compare().across());
        if (!spec.compare().partners().isEmpty()) {
            compare.put("with", spec.compare().partners());
        }
        compare.put("target", spec.compare().target());
        m.put("diagnostics", spec.diagnostics());
        m.put("compare", compare);
        m.put("checks", spec.checks().stream().map(arena.spec.CheckSpec::toMap).toList());
        Map<String, Object> planInfo = new LinkedHashMap<>();
        planInfo.put("selection", plan.selection());
        planInfo.put("shard", plan.shard());
        planInfo.put("trialIds", plan.planIds());
        m.put("plan", planInfo);
        m.put("sweepKeys", spec.sweepKeys());
        m.put("seeds", spec.seeds());
        m.put("software", Provenance.software());
        m.put("machine", Provenance.machine());
        m.put("threads", Provenance.threads(options.workers()));
        m.put("jvmFlags", Provenance.jvmFlags());
        Map<String, Object> git = new LinkedHashMap<>();
        Path expDir = spec.file() == null ? null : spec.file().toAbsolutePath().getParent();
        git.put("experiment", Provenance.gitCommit(expDir));
        String home = System.getProperty("arena.home");
        git.put("arena", home == null ? null : Provenance.gitCommit(Path.of(home)));
        m.put("git", git);
        m.put("startedAt", started.toString());
        m.put("endedAt", ended == null ? null : ended.toString());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("planned", (long) plan.trials().size());
        for (String s : new String[] {"done", "diverged", "failed", "pending"}) {
            counts.put(s, status.values().stream().filter(s::equals).count()
                    + (s.equals("pending") ? plan.trials().size() - status.size() : 0));
        }
        m.put("trials", counts);
        AtomicFiles.write(dir.manifest(), Json.write(m));
    }

    public static JsonNode read(ResultsDir dir) throws IOException {
        return Json.MAPPER.readTree(dir.manifest().toFile());
    }
}
