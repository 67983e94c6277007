package arena.spec;

/** Bad input in an experiment file or an override: names the place and the key, maps to exit code 2. */
public final class SpecException extends RuntimeException {
    private final Position position;
    private final String key;
    private final String problem;

    public SpecException(Position position, String key, String problem) {
        super(format(position, key, problem));
        this.position = position;
        this.key = key;
        this.problem = problem;
    }

    private static String format(Position position, String key, String problem) {
        String where = position == null ? "" : position + ": ";
        String what = key == null || key.isEmpty() ? "" : key + ": ";
        return where + what + problem;
    }

    public Position position() { return position; }

    public String key() { return key; }

    public String problem() { return problem; }
}
