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
 * (pending, done, diverged, failed). Reports cover exactly these trials.
 */
public final class PlanFile {
    public static final List<String> HEADER = List.of("id", "group", "block", "seed", "status");

    public record Row(String id, String group, String block, long seed, String status) { }

    private PlanFile() { }

    public static void write(ResultsDir dir, List<Trial> trials, Map<String, String> status) {
        StringBuilder sb = new StringBuilder(Csv.row(HEADER));
        for (Trial t : trials) {
            sb.append(Csv.row(List.of(t.id(), t.group(), t.block(), Long.toString(t.seed()),
                    status.getOrDefault(t.id(), "pending"))));
        }
        AtomicFiles.write(dir.plan(), sb.toString());
    }

    public static List<Row> read(ResultsDir dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.plan(), StandardCharsets.UTF_8);
        List<Row> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> c = Csv.parse(line);
            out.add(new Row(c.get(0), c.get(1), c.get(2), Long.parseLong(c.get(3)), c.get(4)));
        }
        return out;
    }

    public static Map<String, String> statuses(List<Row> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.id(), r.status()));
        return out;
    }
}
