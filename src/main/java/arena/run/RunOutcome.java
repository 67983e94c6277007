package arena.run;

import java.util.Map;

/** What a run did: the results folder and each planned trial's status. */
public record RunOutcome(ResultsDir dir, Map<String, String> status, int ran, int skipped, boolean cancelled) {

    public long count(String s) {
        return status.values().stream().filter(s::equals).count();
    }

    public boolean anyFailed() {
        return count(LocalEngine.FAILED) > 0;
    }
}
