package arena.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.nd4j.linalg.factory.Nd4j;

import arena.spec.Suggestions;
import arena.spec.Task;
import arena.spec.TrialId;

/**
 * Two-dimensional classification sets generated from a seed: the classic cases where a linear model
 * fails (xor, circles, moons, spirals) and a linearly separable baseline (blobs). Classes are
 * balanced (sizes differ by at most one); {@code noise} is the standard deviation of Gaussian noise
 * on each coordinate. The fingerprint hashes the generator and its parameters, so it changes when
 * any of them does.
 */
public final class SyntheticData {
    /** Bumped when a generator changes its points, so old results no longer match the fingerprint. */
    private static final String VERSION = "1";
    /** Enough for any plot or quick experiment; more only risks running out of memory. */
    public static final int MAX_SAMPLES = 10_000_000;

    private SyntheticData() { }

    /** A kind: its default class count, whether that count can change, and its geometry. */
    private enum Kind {
        XOR(2, false, SyntheticShapes::xor),
        CIRCLES(2, false, SyntheticShapes::circles),
        MOONS(2, false, SyntheticShapes::moons),
        SPIRALS(2, true, SyntheticShapes::spirals),
        BLOBS(3, true, SyntheticShapes::blobs);

        final int defaultClasses;
        final boolean anyClassCount;
        final SyntheticShapes.Shape shape;

        Kind(int defaultClasses, boolean anyClassCount, SyntheticShapes.Shape shape) {
            this.defaultClasses = defaultClasses;
            this.anyClassCount = anyClassCount;
            this.shape = shape;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The kinds {@link #generate} accepts, in a stable order. */
    public static List<String> kinds() {
        List<String> names = new ArrayList<>();
        for (Kind k : Kind.values()) {
            names.add(k.label());
        }
        return List.copyOf(names);
    }

    /** The number of classes a kind has when none is given: 3 for blobs, 2 for the others. */
    public static int defaultClasses(String kind) {
        return kind(kind).defaultClasses;
    }

    /** {@link #generate(String, int, double, int, long)} with the kind's default number of classes. */
    public static LoadedData generate(String kind, int samples, double noise, long seed) {
        return generate(kind, samples, noise, defaultClasses(kind), seed);
    }

    /**
     * Generates {@code samples} points of {@code kind} in {@code classes} balanced classes.
     *
     * @throws IllegalArgumentException for an unknown kind, a class count the kind does not allow
     *         (xor, circles and moons have exactly 2; spirals and blobs at least 2), fewer than two
     *         samples per class, or a negative or non-finite noise
     */
    public static LoadedData generate(String kind, int samples, double noise, int classes, long seed) {
        Kind k = kind(kind);
        validate(k, samples, noise, classes);
        SyntheticShapes.Points p = k.shape.make(SyntheticShapes.classSizes(samples, classes), noise, new Random(seed));
        float[][] rows = new float[samples][];
        for (int i = 0; i < samples; i++) {
            rows[i] = new float[] {(float) p.x1()[i], (float) p.x2()[i]};
        }
        List<String> classNames = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            classNames.add(Integer.toString(c));
        }
        String source = "synthetic:" + k.label() + "(samples=" + samples + ",noise=" + noise + ",classes=" + classes
                + ",seed=" + seed + ")";
        return LoadedData.table(k.label(), source, TrialId.sha256("arena.data.SyntheticData/v" + VERSION + " " + source),
                Task.CLASSIFICATION, Nd4j.createFromArray(rows), null, p.label(), List.copyOf(classNames), List.of("x1", "x2"));
    }

    private static Kind kind(String kind) {
        for (Kind k : Kind.values()) {
            if (k.label().equals(kind)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown synthetic data set '" + kind + "'" + Suggestions.hint(String.valueOf(kind), kinds())
                + "; known: " + String.join(", ", kinds()));
    }

    private static void validate(Kind k, int samples, double noise, int classes) {
        if (!k.anyClassCount && classes != k.defaultClasses) {
            throw new IllegalArgumentException(k.label() + " has exactly " + k.defaultClasses + " classes, got " + classes);
        }
        if (classes < 2) {
            throw new IllegalArgumentException(k.label() + " needs at least 2 classes, got " + classes);
        }
        if (samples < 2L * classes) {
            throw new IllegalArgumentException(k.label() + " needs at least 2 samples per class (" + 2 * classes
                    + " for " + classes + " classes), got " + samples);
        }
        if (samples > MAX_SAMPLES) {
            throw new IllegalArgumentException(k.label() + ": at most " + MAX_SAMPLES + " samples, got " + samples);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException(k.label() + ": noise is a standard deviation and must be a finite number >= 0, got "
                    + noise);
        }
    }
}
