package arena.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import arena.spec.Trial;
import arena.train.EpochRecord;

/** Renders a trial's config.yaml and epochs.csv. */
final class TrialFiles {
    private TrialFiles() { }

    static String configYaml(Trial t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("seed", t.seed());
        m.put("group", t.group());
        if (!t.block().isEmpty()) {
            m.put("block", t.block());
        }
        if (!t.factors().isEmpty()) {
            m.put("factors", new LinkedHashMap<>(t.factors()));
        }
        m.putAll(t.config().describe());
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setSplitLines(false);
        return "# resolved configuration of trial " + t.id() + " (every default filled in)\n" + new Yaml(o).dump(plain(m));
    }

    /** Unmodifiable maps and lists become plain ones so the dumper writes no tags. */
    private static Object plain(Object v) {
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(String.valueOf(k), plain(val)));
            return out;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(x -> out.add(plain(x)));
            return out;
        }
        return v;
    }

    static String epochsCsv(List<EpochRecord> epochs) {
        Set<String> columns = new LinkedHashSet<>();
        epochs.forEach(e -> columns.addAll(e.values().keySet()));
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("epoch");
        header.addAll(columns);
        sb.append(Csv.row(header));
        for (EpochRecord e : epochs) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(e.epoch()));
            columns.forEach(c -> row.add(Csv.number(e.values().get(c))));
            sb.append(Csv.row(row));
        }
        return sb.toString();
    }
}
