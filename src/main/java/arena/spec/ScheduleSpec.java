package arena.spec;

import java.util.List;
import java.util.Map;

/**
 * {@code training.schedule}: how the optimizer's learning rate changes from epoch to epoch
 * (epochs counted from 0, the rate set at the start of each):
 * <ul>
 * <li>{@code step}: lr · factor^⌊epoch / every⌋;</li>
 * <li>{@code exponential}: lr · gamma^epoch;</li>
 * <li>{@code cosine}: min + (lr − min) · (1 + cos(π · epoch / epochs)) / 2, annealing to min over the run;</li>
 * <li>{@code constant}: lr throughout, as with no schedule: a sweep's way to name "no schedule" as a baseline.</li>
 * </ul>
 */
public record ScheduleSpec(String type, int every, double factor, double gamma, double min) {

    /** Whether the rate changes at all ({@code constant} trains exactly as no schedule). */
    public boolean varies() {
        return !type.equals("constant");
    }

    static final List<String> TYPES = List.of("step", "exponential", "cosine", "constant");

    static ScheduleSpec read(YNode node, String key) {
        Section s = Section.of(node, key, node.pos());
        YNode typeNode = s.get("type");
        if (typeNode == null) {
            throw new SpecException(node.pos(), key, "a schedule needs 'type': one of " + String.join(", ", TYPES)
                    + ", e.g. {type: step, every: 10, factor: 0.5}");
        }
        String type = Names.normalise(Values.string(typeNode, s.key("type")));
        if (!TYPES.contains(type)) {
            throw Values.error(typeNode, s.key("type"), "unknown schedule '" + type + "'" + Suggestions.hint(type, TYPES)
                    + "; one of " + String.join(", ", TYPES));
        }
        ScheduleSpec out = switch (type) {
            case "step" -> new ScheduleSpec(type, s.integer("every", 10, 1, TrainingSpec.MAX_EPOCHS),
                    s.number("factor", 0.5, 0.0, true, 1.0), 0, 0);
            case "exponential" -> new ScheduleSpec(type, 0, 0, s.number("gamma", 0.95, 0.0, true, 1.0), 0);
            case "constant" -> new ScheduleSpec(type, 0, 0, 0, 0);
            default -> new ScheduleSpec(type, 0, 0, 0, s.number("min", 0.0, 0.0, false, Double.MAX_VALUE));
        };
        s.finish();
        return out;
    }

    /** The learning rate in a (0-based) epoch of a run of {@code epochs}, starting from {@code lr}. */
    public double rate(double lr, int epoch, int epochs) {
        return switch (type) {
            case "step" -> lr * Math.pow(factor, Math.floorDiv(epoch, every));
            case "exponential" -> lr * Math.pow(gamma, epoch);
            case "constant" -> lr;
            default -> min + (lr - min) * (1 + Math.cos(Math.PI * Math.min(epoch, epochs) / epochs)) / 2;
        };
    }

    Map<String, Object> toMap() {
        Canon c = new Canon(false);
        c.put("type", type);
        switch (type) {
            case "step" -> c.put("every", every).put("factor", factor);
            case "exponential" -> c.put("gamma", gamma);
            case "constant" -> { }
            default -> c.put("min", min);
        }
        return c.map();
    }
}
