package arena.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import arena.run.Csv;
import arena.run.PlanFile;

/**
 * The per-epoch records of every trial (epochs.csv), summarised per block, group and column as a
 * mean and standard deviation over the seeds that reached each epoch.
 */
public final class EpochHistory {
    /** block -> group -> column -> epoch -> values over seeds. */
    private final Map<String, Map<String, Map<String, TreeMap<Integer, List<Double>>>>> data = new LinkedHashMap<>();
    private final Set<String> columns = new LinkedHashSet<>();

    public static EpochHistory load(ResultSet rs) {
        EpochHistory h = new EpochHistory();
        for (PlanFile.Row r : rs.plan()) {
            if (rs.results().containsKey(r.id())) {
                h.add(r, rs.dir().epochs(r.id()));
            }
        }
        return h;
    }

    private void add(PlanFile.Row r, Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return;
        }
        if (lines.isEmpty()) {
            return;
        }
        List<String> header = Csv.parse(lines.get(0));
        var byColumn = data.computeIfAbsent(r.block(), b -> new LinkedHashMap<>()).computeIfAbsent(r.group(), g -> new LinkedHashMap<>());
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Csv.parse(line);
            int epoch = Integer.parseInt(cells.get(0));
            for (int c = 1; c < header.size() && c < cells.size(); c++) {
                if (cells.get(c).isEmpty()) {
                    continue;
                }
                columns.add(header.get(c));
                byColumn.computeIfAbsent(header.get(c), k -> new TreeMap<>()).computeIfAbsent(epoch, e -> new ArrayList<>())
                        .add(Double.parseDouble(cells.get(c)));
            }
        }
    }

    public Set<String> columns() {
        return columns;
    }

    /** One band per group of the block for a column (mean and sd over seeds at each epoch). */
    public List<Charts.Band> bands(String block, String column) {
        List<Charts.Band> out = new ArrayList<>();
        data.getOrDefault(block, Map.of()).forEach((group, byColumn) -> {
            TreeMap<Integer, List<Double>> series = byColumn.get(column);
            if (series != null && !series.isEmpty()) {
                out.add(band(group, series));
            }
        });
        return out;
    }

    /** One band per layer for a group: the columns diag.<name>.layer<i>, labelled "layer i". */
    public List<Charts.Band> layers(String block, String group, String name) {
        List<Charts.Band> out = new ArrayList<>();
        Map<String, TreeMap<Integer, List<Double>>> byColumn = data.getOrDefault(block, Map.of()).getOrDefault(group, Map.of());
        TreeMap<Integer, TreeMap<Integer, List<Double>>> byLayer = new TreeMap<>();
        byColumn.forEach((column, series) -> {
            if (column.startsWith(name + ".layer") && !series.isEmpty()) {
                byLayer.put(Integer.parseInt(column.substring((name + ".layer").length())), series);
            }
        });
        byLayer.forEach((layer, series) -> out.add(band("layer " + layer, series)));
        return out;
    }

    public List<String> groups(String block) {
        return List.copyOf(data.getOrDefault(block, Map.of()).keySet());
    }

    private static Charts.Band band(String label, TreeMap<Integer, List<Double>> series) {
        int n = series.size();
        double[] x = new double[n], mean = new double[n], sd = new double[n];
        int i = 0;
        for (var e : series.entrySet()) {
            var s = arena.stats.Summary.of(e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
            x[i] = e.getKey();
            mean[i] = s.mean();
            sd[i] = s.sd();
            i++;
        }
        return new Charts.Band(label, x, mean, sd);
    }
}
