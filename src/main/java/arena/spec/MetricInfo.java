package arena.spec;

/** A metric a comparison can be made on, and which direction is better (if any). */
public record MetricInfo(String name, Direction direction, Task task, String meaning) {

    /** Which way a metric improves; NONE for descriptive figures such as gradient norms. */
    public enum Direction { HIGHER, LOWER, NONE }

    public boolean higherIsBetter() {
        return direction == Direction.HIGHER;
    }

    /** Metrics whose task is null apply to every task (costs, diagnostics). */
    public boolean appliesTo(Task t) {
        return task == null || task == t;
    }
}
