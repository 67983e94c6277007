package arena.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import arena.run.Csv;
import arena.run.PlanFile;
import arena.run.TrialResult;

/** trials.csv: one row per planned trial, every final metric and time figure. */
public final class TrialsCsv {
    private TrialsCsv() { }

    public static String render(ResultSet rs) {
        Set<String> factorKeys = new LinkedHashSet<>();
        Set<String> metricKeys = new LinkedHashSet<>();
        Set<String> timeKeys = new LinkedHashSet<>();
        for (TrialResult t : rs.results().values()) {
            if (t.factors() != null) {
                factorKeys.addAll(t.factors().keySet());
            }
            metricKeys.addAll(t.metrics().keySet());
            t.time().keySet().forEach(k -> timeKeys.add("time." + k));
        }
        List<String> header = new ArrayList<>(PlanFile.HEADER);
        header.addAll(factorKeys);
        header.addAll(List.of("dataset", "epochsRun", "divergedEpoch"));
        header.addAll(metricKeys);
        header.addAll(timeKeys);
        StringBuilder sb = new StringBuilder(Csv.row(header));
        for (PlanFile.Row r : rs.plan()) {
            TrialResult t = rs.results().get(r.id());
            List<String> row = new ArrayList<>(List.of(r.id(), r.group(), r.block(), Long.toString(r.seed()), rs.status(r)));
            for (String f : factorKeys) {
                row.add(t == null || t.factors() == null ? "" : t.factors().getOrDefault(f, ""));
            }
            row.add(t == null ? "" : t.dataset());
            row.add(t == null ? "" : Integer.toString(t.epochsRun()));
            row.add(t == null || t.divergedEpoch() == null ? "" : Integer.toString(t.divergedEpoch()));
            for (String m : metricKeys) {
                row.add(t == null ? "" : Csv.number(t.metric(m)));
            }
            for (String m : timeKeys) {
                row.add(t == null ? "" : Csv.number(t.metric(m)));
            }
            sb.append(Csv.row(row));
        }
        return sb.toString();
    }
}
