package arena.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import arena.spec.ExperimentParser;
import arena.spec.ExperimentSpec;
import arena.spec.KeyOverride;

/** Parses every experiment file of a command before anything runs, so one bad file stops all. */
final class Experiments {
    private Experiments() { }

    static List<ExperimentSpec> parse(List<Path> files, List<String> sets) {
        List<KeyOverride> overrides = new ArrayList<>();
        for (String s : sets) {
            overrides.add(KeyOverride.parse(s));
        }
        List<ExperimentSpec> out = new ArrayList<>();
        for (Path f : files) {
            out.add(ExperimentParser.parse(f, overrides));
        }
        return out;
    }
}
