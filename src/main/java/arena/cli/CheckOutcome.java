package arena.cli;

import java.io.PrintWriter;

import arena.stats.Analysis;
import arena.stats.CheckResult;

/** Prints failed checks and turns them into exit code 1. */
final class CheckOutcome {
    private CheckOutcome() { }

    static int print(PrintWriter out, Analysis analysis) {
        if (analysis.checks().isEmpty()) {
            return ExitCodes.OK;
        }
        long failed = analysis.checks().stream().filter(c -> !c.passed()).count();
        if (failed == 0) {
            out.println("Checks: all " + analysis.checks().size() + " passed.");
            return ExitCodes.OK;
        }
        out.println("Checks: " + failed + " of " + analysis.checks().size() + " FAILED:");
        for (CheckResult c : analysis.checks()) {
            if (!c.passed()) {
                out.println("  - " + c.name() + ": " + c.detail());
            }
        }
        return ExitCodes.CHECK_FAILED;
    }
}
