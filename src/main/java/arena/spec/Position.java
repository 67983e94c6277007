package arena.spec;

/** Where a value came from: a file with 1-based line and column, or a command-line argument. */
public record Position(String source, int line, int column) {

    public static Position argument(String argument) {
        return new Position(argument, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
