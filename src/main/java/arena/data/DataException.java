package arena.data;

/** Bad data: names the file, and the row and column where it can; maps to exit code 2. */
public final class DataException extends RuntimeException {
    public DataException(String source, String where, String problem) {
        super(source + ": " + (where == null || where.isEmpty() ? "" : where + ": ") + problem);
    }
}
