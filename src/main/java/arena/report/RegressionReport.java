package arena.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import arena.run.Json;
import arena.run.ResultsDir;
import arena.stats.PValues;
import arena.stats.RegressionComparison;
import arena.stats.RegressionResult;
import arena.stats.RegressionVerdict;
import arena.stats.Tolerance;

/**
 * The regression gate's outputs: the table printed to the terminal, {@code regression.md} (the same
 * table under a header naming both folders and the settings) and {@code regression.json} (every
 * number), which {@link JunitXml} turns into a test suite.
 */
public final class RegressionReport {
    public static final String JSON_FILE = "regression.json";
    public static final String MARKDOWN_FILE = "regression.md";

    private RegressionReport() { }

    /** One comparison as a junit test case, read back from regression.json. */
    public record Case(String name, boolean regression, String detail) { }

    /** What the terminal shows: settings in one line, the table, what was not compared, the outcome. */
    public static String text(RegressionResult r) {
        return "Regression gate: " + r.newFolder() + " (NEW) against " + r.oldFolder() + " (OLD)\n"
                + "alpha " + number(r.settings().alpha()) + " (paired t by seed, Holm over " + r.tested() + " tested comparisons); tolerance: "
                + tolerances(r) + "\n\n" + table(r) + notes(r) + outcome(r) + "\n";
    }

    public static String markdown(RegressionResult r) {
        StringBuilder sb = new StringBuilder("# Regression gate: ").append(r.experiment()).append("\n\n");
        sb.append("- NEW: `").append(r.newFolder()).append("`\n");
        sb.append("- baseline (OLD): `").append(r.oldFolder()).append("`\n");
        sb.append("- pairing: a NEW trial with the OLD trial of the same block, group and seed\n");
        sb.append("- metrics: ").append(String.join(", ", r.settings().metrics())).append('\n');
        sb.append("- alpha: ").append(number(r.settings().alpha())).append(", paired t-test NEW vs OLD, Holm-adjusted over all ")
                .append(r.tested()).append(" tested comparisons\n");
        sb.append("- tolerance: ").append(tolerances(r)).append("\n\n");
        sb.append(table(r)).append(notes(r)).append("**").append(outcome(r)).append("**\n");
        return sb.toString();
    }

    public static String json(RegressionResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("experiment", r.experiment());
        root.put("new", r.newFolder());
        root.put("baseline", r.oldFolder());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("metrics", r.settings().metrics());
        settings.put("alpha", r.settings().alpha());
        settings.put("toleranceEveryMetric", r.settings().tolerances().everyMetric() == null ? null
                : tolerance(r.settings().tolerances().everyMetric()));
        Map<String, Object> per = new LinkedHashMap<>();
        r.settings().tolerances().perMetric().forEach((m, t) -> per.put(m, tolerance(t)));
        settings.put("tolerancePerMetric", per);
        root.put("settings", settings);
        root.put("comparisons", r.comparisons().stream().map(RegressionReport::comparison).toList());
        root.put("newNotCompared", r.newOnly().stream().map(RegressionReport::groupKey).toList());
        root.put("baselineOnly", r.oldOnly().stream().map(RegressionReport::groupKey).toList());
        root.put("unpairedSeeds", r.unpaired().stream().map(u -> {
            Map<String, Object> m = groupKey(new RegressionResult.GroupKey(u.block(), u.group()));
            m.put("seed", u.seed());
            m.put("oldStatus", u.oldStatus());
            m.put("newStatus", u.newStatus());
            return m;
        }).toList());
        root.put("tested", r.tested());
        root.put("regressions", r.regressions().size());
        root.put("passed", r.passed());
        return Json.write(root);
    }

    /** The gate's test cases if the folder has a regression.json, else none. */
    public static List<Case> readCases(ResultsDir dir) throws IOException {
        Path file = dir.root().resolve(JSON_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Case> out = new ArrayList<>();
        for (JsonNode c : root.path("comparisons")) {
            out.add(new Case(c.path("group").asText() + block(c.path("block").asText()) + " " + c.path("metric").asText(),
                    RegressionVerdict.REGRESSION.name().toLowerCase(Locale.ROOT).equals(c.path("verdict").asText()),
                    c.path("detail").asText()));
        }
        return out;
    }

    static String table(RegressionResult r) {
        boolean blocks = r.comparisons().stream().anyMatch(c -> !c.block().isEmpty());
        List<String> head = new ArrayList<>(blocks ? List.of("block") : List.of());
        head.addAll(List.of("group", "metric", "n", "OLD", "NEW", "change", "p (Holm)", "verdict"));
        StringBuilder sb = new StringBuilder(MarkdownSummary.row(head));
        sb.append(MarkdownSummary.row(head.stream().map(h -> h.equals("n") || h.equals("OLD") || h.equals("NEW") || h.equals("change")
                || h.equals("p (Holm)") ? "---:" : "---").toList()));
        for (RegressionComparison c : r.comparisons()) {
            List<String> cells = new ArrayList<>(blocks ? List.of(c.block()) : List.of());
            cells.addAll(List.of(c.group(), c.metric(), Integer.toString(c.n()), Format.value(c.metric(), c.oldMean()),
                    Format.value(c.metric(), c.newMean()), change(c), PValues.format(c.pHolm()),
                    (c.regression() ? "**REGRESSION**: " : "") + detail(c)));
            sb.append(MarkdownSummary.row(cells));
        }
        return sb.append('\n').toString();
    }

    /** The verdict in words, with every reason for a regression. */
    public static String detail(RegressionComparison c) {
        return switch (c.verdict()) {
            case REGRESSION -> reasons(c);
            case IMPROVEMENT -> "improvement: significantly " + direction(c);
            case NO_CHANGE -> "no significant change" + (c.tolerance() == null ? "" : ", within tolerance " + c.tolerance());
            case NOT_TESTED -> c.n() == 0 ? "not tested: no paired seeds"
                    : "not tested: " + c.n() + " paired seed, too few for a test; " + (c.tolerance() == null
                            ? "no tolerance set, so nothing could flag it" : "within tolerance " + c.tolerance());
        };
    }

    private static String reasons(RegressionComparison c) {
        List<String> reasons = new ArrayList<>();
        if (!c.lost().isEmpty()) {
            reasons.add(lost(c.lost()));
        }
        if (c.worse() && c.significant()) {
            reasons.add("significantly " + direction(c));
        }
        if (c.beyondTolerance()) {
            reasons.add("worse by " + amount(Math.abs(c.change())) + ", beyond tolerance " + c.tolerance()
                    + (c.tolerance().relative() ? " (" + amount(c.toleranceLimit()) + ")" : "")
                    + (c.n() < 2 ? "; " + c.n() + " paired seed, too few for a test" : ""));
        }
        return String.join("; ", reasons);
    }

    private static String direction(RegressionComparison c) {
        return (c.change() > 0 ? "higher " : "lower ") + c.metric() + " (" + PValues.phrase(c.pHolm()) + ", paired t, Holm)";
    }

    private static String lost(List<RegressionComparison.LostTrial> lost) {
        Map<String, List<Long>> byStatus = new TreeMap<>();
        lost.forEach(l -> byStatus.computeIfAbsent(l.newStatus(), s -> new ArrayList<>()).add(l.seed()));
        return byStatus.entrySet().stream().map(e -> e.getValue().size() + " NEW trial" + (e.getValue().size() == 1 ? " " : "s ")
                        + status(e.getKey()) + " (seed" + (e.getValue().size() == 1 ? " " : "s ")
                        + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", ")) + " where OLD finished";
    }

    private static String notes(RegressionResult r) {
        StringBuilder sb = new StringBuilder();
        if (!r.newOnly().isEmpty()) {
            sb.append("New, not compared: ").append(r.newOnly().stream().map(RegressionReport::label).collect(Collectors.joining(", "))).append('\n');
        }
        if (!r.oldOnly().isEmpty()) {
            sb.append("In OLD only, not compared: ").append(r.oldOnly().stream().map(RegressionReport::label).collect(Collectors.joining(", "))).append('\n');
        }
        if (!r.unpaired().isEmpty()) {
            sb.append("Seeds without a pair (left out of n): ").append(r.unpaired().stream()
                    .map(u -> u.group() + block(u.block()) + " seed " + u.seed() + " (OLD " + status(u.oldStatus()) + ", NEW " + status(u.newStatus()) + ")")
                    .collect(Collectors.joining("; "))).append('\n');
        }
        return sb.isEmpty() ? "" : sb.append('\n').toString();
    }

    private static String status(String s) {
        return s.equals("pending") ? "not run" : s;
    }

    private static String outcome(RegressionResult r) {
        int n = r.comparisons().size();
        int bad = r.regressions().size();
        long better = r.comparisons().stream().filter(c -> c.verdict() == RegressionVerdict.IMPROVEMENT).count();
        String improvements = better == 0 ? "" : ", " + better + " improvement" + (better == 1 ? "" : "s");
        return bad == 0 ? "No regression in " + n + " comparison" + (n == 1 ? "" : "s") + improvements + "."
                : bad + " regression" + (bad == 1 ? "" : "s") + " in " + n + " comparison" + (n == 1 ? "" : "s") + improvements + ".";
    }

    private static String tolerances(RegressionResult r) {
        return r.settings().tolerances().isEmpty() ? "none (only significance counts)" : r.settings().tolerances().toString();
    }

    private static String change(RegressionComparison c) {
        if (Double.isNaN(c.change())) {
            return "–";
        }
        if (c.change() == 0) {
            return "0";
        }
        String rel = Double.isNaN(c.relativeChange()) ? "" : String.format(Locale.ROOT, " (%+.1f%%)", 100 * c.relativeChange());
        return String.format(Locale.ROOT, "%+.3g", c.change()) + rel;
    }

    private static Map<String, Object> comparison(RegressionComparison c) {
        var t = c.test();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("block", c.block());
        m.put("group", c.group());
        m.put("metric", c.metric());
        m.put("higherIsBetter", c.higherIsBetter());
        m.put("pairs", c.n());
        m.put("oldMean", num(c.oldMean()));
        m.put("newMean", num(c.newMean()));
        m.put("change", num(c.change()));
        m.put("relativeChange", num(c.relativeChange()));
        m.put("changeCi95", Double.isNaN(t.ciLow()) ? null : List.of(num(t.ciLow()), num(t.ciHigh())));
        m.put("t", num(t.t()));
        m.put("pT", num(t.pT()));
        m.put("pTHolm", num(c.pHolm()));
        m.put("cohenDz", num(t.cohenDz()));
        m.put("pWilcoxon", num(t.wilcoxon().p()));
        m.put("significant", c.significant());
        m.put("tolerance", c.tolerance() == null ? null : tolerance(c.tolerance()));
        m.put("toleranceLimit", num(c.toleranceLimit()));
        m.put("beyondTolerance", c.beyondTolerance());
        m.put("lostTrials", c.lost().stream().map(l -> {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("seed", l.seed());
            lm.put("newId", l.newId());
            lm.put("newStatus", l.newStatus());
            return lm;
        }).toList());
        m.put("verdict", c.verdict().name().toLowerCase(Locale.ROOT));
        m.put("detail", detail(c));
        m.put("seeds", c.pairs().stream().map(p -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("seed", p.seed());
            pm.put("oldId", p.oldId());
            pm.put("newId", p.newId());
            pm.put("old", p.oldValue());
            pm.put("new", p.newValue());
            return pm;
        }).toList());
        return m;
    }

    private static Map<String, Object> tolerance(Tolerance t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", t.amount());
        m.put("relative", t.relative());
        return m;
    }

    private static Map<String, Object> groupKey(RegressionResult.GroupKey g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("block", g.block());
        m.put("group", g.group());
        return m;
    }

    private static String label(RegressionResult.GroupKey g) {
        return g.group() + block(g.block());
    }

    private static String block(String block) {
        return block.isEmpty() ? "" : " [" + block + "]";
    }

    private static String amount(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** JSON has no NaN or infinity: undefined is null, infinite is a string. */
    private static Object num(double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        return Double.isInfinite(v) ? (v > 0 ? "Infinity" : "-Infinity") : v;
    }
}
