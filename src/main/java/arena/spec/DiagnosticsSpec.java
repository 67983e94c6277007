package arena.spec;

/**
 * What is measured besides the metrics, per hidden layer and epoch: weight-gradient statistics
 * (gathered while training) and activation statistics on a fixed probe batch of training rows.
 * These switches change nothing that is trained, so they are not part of trial ids.
 *
 * @param every      measure every N-th epoch (and always the last)
 * @param probe      rows in the probe batch (all training rows if fewer)
 * @param saturation threshold t: a sigmoid output is saturated below 1 − t or above t, a tanh output when |a| > t
 */
public record DiagnosticsSpec(boolean gradients, boolean activations, int every, int probe, double saturation) {
    public static final DiagnosticsSpec DEFAULT = new DiagnosticsSpec(true, true, 1, 256, 0.95);
    public static final DiagnosticsSpec OFF = new DiagnosticsSpec(false, false, 1, 256, 0.95);

    public boolean any() {
        return gradients || activations;
    }

    /** Whether epoch e (1-based) of {@code epochs} is measured. */
    public boolean measures(int e, int epochs) {
        return any() && (e % every == 0 || e == epochs);
    }

    static DiagnosticsSpec read(YNode node, String key) {
        if (node instanceof YNode.YScalar) {
            return Values.bool(node, key) ? DEFAULT : OFF;
        }
        Section s = Section.of(node, key, node.pos());
        DiagnosticsSpec d = new DiagnosticsSpec(s.bool("gradients", true), s.bool("activations", true),
                s.integer("every", 1, 1, TrainingSpec.MAX_EPOCHS), s.integer("probe", 256, 1, 1_000_000),
                s.number("saturation", 0.95, 0.5, true, 1.0));
        s.finish();
        return d;
    }
}
