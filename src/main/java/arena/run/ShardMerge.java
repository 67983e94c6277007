package arena.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Joins the results folders of shards ({@code run --shard I/N}) of one experiment into one folder,
 * as if the plan had run in one place: the trial folders are copied, plan.csv follows the original
 * plan order (recorded in each shard's manifest), and the manifest lists the shards it came from.
 * Shards must be of the same experiment file, overrides and plan, and all N must be present.
 */
public final class ShardMerge {
    private ShardMerge() { }

    public static ResultsDir merge(List<Path> shards, Path outRoot) throws IOException {
        List<JsonNode> manifests = new ArrayList<>();
        for (Path s : shards) {
            ResultsDir d = new ResultsDir(s);
            if (!Files.isRegularFile(d.manifest()) || !Files.isRegularFile(d.plan())) {
                throw new IllegalArgumentException(s + " is not a results folder (no manifest.json or plan.csv)");
            }
            manifests.add(Manifest.read(d));
        }
        JsonNode first = manifests.get(0);
        for (int i = 1; i < shards.size(); i++) {
            sameExperiment(first, manifests.get(i), shards.get(0), shards.get(i));
        }
        checkAllShards(manifests, shards);
        String name = first.path("experiment").path("name").asText();
        ResultsDir out = ResultsDir.of(outRoot, name);
        for (Path s : shards) {
            if (s.toAbsolutePath().normalize().equals(out.root().toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("the merged folder " + out.root() + " is one of the inputs; choose another --out");
            }
        }
        try (ResultsLock lock = ResultsLock.acquire(out.root(), "arena merge")) {
            write(shards, manifests, out);
        }
        return out;
    }

    private static void sameExperiment(JsonNode a, JsonNode b, Path pa, Path pb) {
        for (String field : new String[] {"name", "sha256", "overrides"}) {
            if (!a.path("experiment").path(field).equals(b.path("experiment").path(field))) {
                throw new IllegalArgumentException(pa + " and " + pb + " are not shards of one experiment: their experiment "
                        + field + " differ");
            }
        }
        if (!a.path("plan").path("trialIds").equals(b.path("plan").path("trialIds"))) {
            throw new IllegalArgumentException(pa + " and " + pb + " have different plans (different seeds or sweep?)");
        }
    }

    /** Every shard I of N must be there, once. */
    private static void checkAllShards(List<JsonNode> manifests, List<Path> shards) {
        Set<String> seen = new TreeSet<>();
        int count = 0;
        for (int i = 0; i < manifests.size(); i++) {
            String shard = manifests.get(i).path("plan").path("shard").asText(null);
            if (shard == null || shard.equals("null")) {
                continue;
            }
            if (!seen.add(shard)) {
                throw new IllegalArgumentException("shard " + shard + " is given twice (" + shards.get(i) + ")");
            }
            count = Integer.parseInt(shard.split("/")[1]);
        }
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 1; i <= count; i++) {
            if (!seen.contains(i + "/" + count)) {
                missing.add(i + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing shard" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
    }

    private static void write(List<Path> shards, List<JsonNode> manifests, ResultsDir out) throws IOException {
        Map<String, PlanFile.Row> rows = new LinkedHashMap<>();
        Map<String, Path> source = new LinkedHashMap<>();
        for (Path s : shards) {
            ResultsDir d = new ResultsDir(s);
            for (PlanFile.Row r : PlanFile.read(d)) {
                boolean complete = d.isComplete(r.id());
                if (!rows.containsKey(r.id()) || complete && !new ResultsDir(source.get(r.id())).isComplete(r.id())) {
                    rows.put(r.id(), r);
                    source.put(r.id(), s);
                }
            }
        }
        List<PlanFile.Row> ordered = new ArrayList<>();
        for (JsonNode id : manifests.get(0).path("plan").path("trialIds")) {
            PlanFile.Row r = rows.get(id.asText());
            if (r != null) {
                ordered.add(r);
            }
        }
        Files.createDirectories(out.trials());
        Map<String, String> status = new LinkedHashMap<>();
        for (PlanFile.Row r : ordered) {
            Path from = new ResultsDir(source.get(r.id())).trial(r.id());
            if (Files.isDirectory(from)) {
                copyTree(from, out.trial(r.id()));
            }
            TrialResult t = ResultsReader.readQuietly(out, r.id());
            status.put(r.id(), t != null ? t.status() : Files.isRegularFile(out.error(r.id())) ? LocalEngine.FAILED : LocalEngine.PENDING);
        }
        PlanFile.writeRows(out, ordered, status);
        AtomicFiles.write(out.manifest(), Json.write(mergedManifest(shards, manifests, status)));
    }

    private static JsonNode mergedManifest(List<Path> shards, List<JsonNode> manifests, Map<String, String> status) {
        ObjectNode m = manifests.get(0).deepCopy();
        ((ObjectNode) m.path("plan")).putNull("shard");
        ArrayNode from = m.putArray("mergedFrom");
        String start = null;
        String end = null;
        for (int i = 0; i < shards.size(); i++) {
            JsonNode s = manifests.get(i);
            ObjectNode e = from.addObject();
            e.put("folder", shards.get(i).toString());
            e.set("shard", s.path("plan").path("shard"));
            e.set("startedAt", s.path("startedAt"));
            e.set("endedAt", s.path("endedAt"));
            e.set("machine", s.path("machine"));
            e.set("threads", s.path("threads"));
            start = min(start, s.path("startedAt").asText(null));
            end = max(end, s.path("endedAt").asText(null));
        }
        m.put("startedAt", start);
        m.put("endedAt", end);
        ObjectNode counts = m.putObject("trials");
        counts.put("planned", status.size());
        for (String s : new String[] {"done", "diverged", "failed", "pending"}) {
            counts.put(s, status.values().stream().filter(s::equals).count());
        }
        return m;
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().startsWith(".")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
