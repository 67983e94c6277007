package arena.report;

import java.util.List;
import java.util.Locale;

import arena.run.PlanFile;
import arena.run.TrialResult;
import arena.stats.Analysis;
import arena.stats.CheckResult;

/**
 * junit.xml for build servers (the format Jenkins' junit step and GitHub test reporters read): one
 * test case per trial (failed, diverged and not-run trials are failures), one per check and block,
 * and, once {@code arena compare} has run on the folder, one per regression-gate comparison.
 */
public final class JunitXml {
    private JunitXml() { }

    public static String render(ResultSet rs, Analysis a) {
        return render(rs, a, List.of());
    }

    /** With the regression gate's comparisons (empty: no gate suite, as before the gate existed). */
    public static String render(ResultSet rs, Analysis a, List<RegressionReport.Case> gate) {
        int tests = rs.plan().size() + a.checks().size() + gate.size();
        long failures = rs.plan().stream().filter(r -> !"done".equals(rs.status(r))).count()
                + a.checks().stream().filter(c -> !c.passed()).count()
                + gate.stream().filter(RegressionReport.Case::regression).count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT, "<testsuites name=\"%s\" tests=\"%d\" failures=\"%d\">%n", x(rs.name()), tests, failures));
        sb.append(String.format(Locale.ROOT, "  <testsuite name=\"%s.trials\" tests=\"%d\" failures=\"%d\">%n", x(rs.name()),
                rs.plan().size(), rs.plan().stream().filter(r -> !"done".equals(rs.status(r))).count()));
        for (PlanFile.Row r : rs.plan()) {
            TrialResult t = rs.results().get(r.id());
            double seconds = t == null ? 0 : t.time().getOrDefault("totalSeconds", 0.0);
            String name = r.group() + (r.block().isEmpty() ? "" : " [" + r.block() + "]") + " seed " + r.seed() + " (" + r.id() + ")";
            sb.append(String.format(Locale.ROOT, "    <testcase classname=\"%s.trials\" name=\"%s\" time=\"%.3f\"", x(rs.name()), x(name), seconds));
            String status = rs.status(r);
            if (status.equals("done")) {
                sb.append("/>\n");
                continue;
            }
            String message = switch (status) {
                case "diverged" -> "loss became NaN/Inf in epoch " + t.divergedEpoch();
                case "failed" -> rs.errors().getOrDefault(r.id(), "failed").lines().findFirst().orElse("failed");
                default -> "not run (interrupted or pending)";
            };
            String body = status.equals("failed") ? rs.errors().getOrDefault(r.id(), "") : "";
            sb.append(">\n      <failure type=\"").append(status).append("\" message=\"").append(x(message)).append("\">")
                    .append(x(body)).append("</failure>\n    </testcase>\n");
        }
        sb.append("  </testsuite>\n");
        if (!a.checks().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "  <testsuite name=\"%s.checks\" tests=\"%d\" failures=\"%d\">%n", x(rs.name()),
                    a.checks().size(), a.checks().stream().filter(c -> !c.passed()).count()));
            for (CheckResult c : a.checks()) {
                sb.append(String.format(Locale.ROOT, "    <testcase classname=\"%s.checks\" name=\"%s\"", x(rs.name()), x(c.name())));
                if (c.passed()) {
                    sb.append(">\n      <system-out>").append(x(c.detail())).append("</system-out>\n    </testcase>\n");
                } else {
                    sb.append(">\n      <failure type=\"check\" message=\"").append(x(c.detail())).append("\"/>\n    </testcase>\n");
                }
            }
            sb.append("  </testsuite>\n");
        }
        if (!gate.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "  <testsuite name=\"%s.regression\" tests=\"%d\" failures=\"%d\">%n", x(rs.name()),
                    gate.size(), gate.stream().filter(RegressionReport.Case::regression).count()));
            for (RegressionReport.Case c : gate) {
                sb.append(String.format(Locale.ROOT, "    <testcase classname=\"%s.regression\" name=\"%s\"", x(rs.name()), x(c.name())));
                if (c.regression()) {
                    sb.append(">\n      <failure type=\"regression\" message=\"").append(x(c.detail())).append("\"/>\n    </testcase>\n");
                } else {
                    sb.append(">\n      <system-out>").append(x(c.detail())).append("</system-out>\n    </testcase>\n");
                }
            }
            sb.append("  </testsuite>\n");
        }
        return sb.append("</testsuites>\n").toString();
    }

    /** XML text and attribute escaping; control characters other than tab/newline are dropped. */
    static String x(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
