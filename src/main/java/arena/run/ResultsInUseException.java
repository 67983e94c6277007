package arena.run;

/** Another live run holds the results folder's lock; maps to exit code 2. */
public final class ResultsInUseException extends RuntimeException {
    public ResultsInUseException(String message) {
        super(message);
    }
}
