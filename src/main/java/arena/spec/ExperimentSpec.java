package arena.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * A parsed, validated and expanded experiment file: every trial it asks for, ready to run.
 * {@code text} and {@code sha256} are the file as read, for provenance.
 */
public record ExperimentSpec(String name, String description, Path file, String text, String sha256,
                             List<Long> seeds, List<String> sweepKeys, List<Variant> variants,
                             CompareSpec compare, List<CheckSpec> checks, DiagnosticsSpec diagnostics, List<Trial> trials,
                             List<KeyOverride> overrides) {

    public ExperimentSpec {
        seeds = List.copyOf(seeds);
        sweepKeys = List.copyOf(sweepKeys);
        variants = List.copyOf(variants);
        checks = List.copyOf(checks);
        trials = List.copyOf(trials);
        overrides = List.copyOf(overrides);
    }

    public Set<String> groups() {
        Set<String> out = new LinkedHashSet<>();
        trials.forEach(t -> out.add(t.group()));
        return out;
    }

    public Set<String> blocks() {
        Set<String> out = new LinkedHashSet<>();
        trials.forEach(t -> out.add(t.block()));
        return out;
    }
}
