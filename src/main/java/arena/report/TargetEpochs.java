package arena.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import arena.run.Csv;
import arena.spec.TargetSpec;

/**
 * epochs.toTarget and epochs.targetReached, read from a trial's epochs.csv at report time: the
 * target is a comparison setting (not part of trial ids), so changing it must not leave stale values.
 */
final class TargetEpochs {
    private TargetEpochs() { }

    static Map<String, Double> of(Path epochsCsv, TargetSpec target) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.isRegularFile(epochsCsv) ? Files.readAllLines(epochsCsv) : List.of();
        } catch (IOException e) {
            return out;
        }
        if (lines.isEmpty()) {
            return out;
        }
        int column = Csv.parse(lines.get(0)).indexOf(target.metric());
        if (column < 0) {
            return out;                         // not recorded for this trial (e.g. no validation split)
        }
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Csv.parse(line);
            if (column < cells.size() && !cells.get(column).isEmpty() && target.reached(Double.parseDouble(cells.get(column)))) {
                out.put("epochs.toTarget", Double.parseDouble(cells.get(0)));
                out.put("epochs.targetReached", 1.0);
                return out;
            }
        }
        out.put("epochs.targetReached", 0.0);
        return out;
    }
}
