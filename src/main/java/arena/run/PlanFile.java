package arena.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import arena.spec.Trial;

/**
 * plan.csv: every trial of the current plan with its group, block, seed and status
 * (pending, done, diverged, failed), then one column per swept key with the trial's value.
 * Reports cover exactly these trials.
 */
public final class PlanFile {
    public static final List<String> HEADER = List.of("id", "group", "block", "seed", "status");

    public record Row(String id, String group, String block, long seed, String status, Map<String, String> factors) {
        public Row {
            factors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(factors));
        }

        public Row withStatus(String s) {
            return new Row(id, group, block, seed, s, factors);
        }
    }

    private PlanFile() { }

    public static void write(ResultsDir dir, List<Trial> trials, Map<String, String> status) {
        List<Row> rows = new ArrayList<>();
        for (Trial t : trials) {
            rows.add(new Row(t.id(), t.group(), t.block(), t.seed(), "pending", t.factors()));
        }
        writeRows(dir, rows, status);
    }

    /** Writes rows with their status from {@code status} (pending when absent). */
    public static void writeRows(ResultsDir dir, List<Row> rows, Map<String, String> status) {
        List<String> factorKeys = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).factors().keySet());
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(factorKeys);
        StringBuilder sb = new StringBuilder(Csv.row(header));
        for (Row r : rows) {
            List<String> row = new ArrayList<>(List.of(r.id(), r.group(), r.block(), Long.toString(r.seed()),
                    status.getOrDefault(r.id(), "pending")));
            factorKeys.forEach(k -> row.add(r.factors().get(k)));
            sb.append(Csv.row(row));
        }
        AtomicFiles.write(dir.plan(), sb.toString());
    }

    public static List<Row> read(ResultsDir dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.plan(), StandardCharsets.UTF_8);
        List<String> header = Csv.parse(lines.get(0));
        List<Row> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> c = Csv.parse(line);
            Map<String, String> factors = new LinkedHashMap<>();
            for (int i = HEADER.size(); i < header.size(); i++) {
                factors.put(header.get(i), c.get(i));
            }
            out.add(new Row(c.get(0), c.get(1), c.get(2), Long.parseLong(c.get(3)), c.get(4), factors));
        }
        return out;
    }

    public static Map<String, String> statuses(List<Row> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.id(), r.status()));
        return out;
    }
}
