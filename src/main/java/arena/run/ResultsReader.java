package arena.run;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Reads stored trial results back: the interface between running and reporting. */
public final class ResultsReader {
    private ResultsReader() { }

    /** A complete trial's result, or null if it has none or the file cannot be trusted. */
    public static TrialResult readQuietly(ResultsDir dir, String id) {
        if (!dir.isComplete(id)) {
            return null;
        }
        try {
            TrialResult r = Json.read(dir.metrics(id), TrialResult.class);
            return id.equals(r.id()) ? r : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Results of the plan's trials, in plan order; missing ones are left out. */
    public static List<TrialResult> readPlan(ResultsDir dir, List<PlanFile.Row> plan) {
        List<TrialResult> out = new ArrayList<>();
        for (PlanFile.Row row : plan) {
            TrialResult r = readQuietly(dir, row.id());
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    public static String error(ResultsDir dir, String id) {
        try {
            return Files.isRegularFile(dir.error(id)) ? Files.readString(dir.error(id)) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
