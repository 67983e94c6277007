package arena.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import arena.data.DataException;
import arena.spec.SpecException;

/** Turns bad input into one clear line on stderr and exit code 2. */
final class Failures {
    private Failures() { }

    static boolean isBadInput(Throwable e) {
        return e instanceof SpecException || e instanceof DataException || e instanceof IllegalArgumentException
                || e instanceof arena.run.ResultsInUseException;
    }

    static int report(PrintWriter err, RuntimeException e) {
        if (isBadInput(e)) {
            err.println("arena: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            err.println("arena: " + io.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        throw e;
    }
}
