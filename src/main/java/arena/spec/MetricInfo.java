package arena.spec;

/** A metric a comparison can be made on, and which direction is better. */
public record MetricInfo(String name, boolean higherIsBetter, Task task, String meaning) {

    /** Metrics whose task is null apply to every task (costs). */
    public boolean appliesTo(Task t) {
        return task == null || task == t;
    }
}
