package arena.report;

import java.util.ArrayList;
import java.util.List;

/** The one-line account of a results folder: trials by status, what is compared, against what. */
final class Overview {
    private Overview() { }

    static String line(ResultSet rs) {
        long done = count(rs, "done");
        long diverged = count(rs, "diverged");
        long failed = count(rs, "failed");
        long pending = rs.plan().size() - done - diverged - failed;
        List<String> parts = new ArrayList<>();
        parts.add(rs.plan().size() + " trials: " + done + " done");
        if (diverged > 0) {
            parts.add(diverged + " diverged");
        }
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        if (pending > 0) {
            parts.add(pending + " not run");
        }
        String by = rs.compareBy() == null ? "" : " · compared by `" + rs.compareBy() + "`";
        String base = rs.baseline() == null ? (rs.compareBy() == null ? "" : " · all pairs") : " · baseline " + rs.baseline();
        return String.join(", ", parts) + by + base;
    }

    static long count(ResultSet rs, String status) {
        return rs.plan().stream().filter(r -> status.equals(rs.status(r))).count();
    }
}
