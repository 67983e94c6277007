package arena.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * A parsed, validated and expanded experiment file: every trial it asks for, ready to run.
 * {@code text} is the file as read; {@code sha256} hashes it together with the base files it
 * extends ({@code bases}), for provenance.
 */
public record ExperimentSpec(String name, String description, Path file, String text, String sha256, List<Path> bases,
                             List<Long> seeds, List<String> sweepKeys, List<Variant> variants,
                             CompareSpec compare, List<CheckSpec> checks, DiagnosticsSpec diagnostics, List<Trial> trials,
                             List<KeyOverride> overrides) {

    public ExperimentSpec {
        seeds = List.copyOf(seeds);
        bases = List.copyOf(bases);
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
