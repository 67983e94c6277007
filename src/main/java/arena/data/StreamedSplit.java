package arena.data;

import java.util.EnumSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import arena.spec.DataSpec;
import arena.spec.Normalization;
import arena.spec.Task;

/**
 * One trial's view of a streamed CSV. A row's split is decided by a hash of the trial's seed and
 * the row's number, so every pass agrees on it without keeping a list of rows (the split is not
 * stratified: class shares vary by chance, as in a shuffled split of that size). Scaling is fitted
 * on the training rows in one statistics pass. Training batches are shuffled through a seeded
 * buffer of {@link #SHUFFLE_BUFFER} rows: the file order is mixed within that window only.
 */
public final class StreamedSplit {
    /** Rows held for shuffling while training: about 4 MB for 100 features. */
    public static final int SHUFFLE_BUFFER = 10_000;

    public enum Part { TRAIN, VALIDATION, TEST }

    /** Consecutive rows of one part, scaled, with class indices (classification) or targets (regression). */
    public record Batch(Part part, INDArray features, int[] classes, double[] targets) {
        public int rows() {
            return (int) features.rows();
        }
    }

    private final StreamedCsv csv;
    private final long splitSeed;
    private final double test;
    private final double validation;
    private final long shuffleSeed;
    private final double[] shift;
    private final double[] scale;
    private final long[] counts = new long[Part.values().length];

    private StreamedSplit(StreamedCsv csv, DataSpec spec, long seed) {
        this.csv = csv;
        this.splitSeed = Seeds.derive(seed, Seeds.SPLIT);
        this.shuffleSeed = Seeds.derive(seed, Seeds.SHUFFLE);
        this.test = spec.split().test();
        this.validation = spec.split().validation();
        int n = csv.columns();
        this.shift = new double[n];
        this.scale = new double[n];
        fitScaling(spec.normalize());
        if (counts[Part.TRAIN.ordinal()] == 0) {
            throw new DataException(csv.source(), null, "no rows left to train on after the split");
        }
    }

    public static StreamedSplit prepare(StreamedCsv csv, DataSpec spec, long seed) {
        return new StreamedSplit(csv, spec, seed);
    }

    /** The part a row belongs to: a uniform number from (seed, row) against the split fractions. */
    public Part partOf(long row) {
        double u = (Seeds.derive(splitSeed, row) >>> 11) * 0x1.0p-53;
        return u < test ? Part.TEST : u < test + validation ? Part.VALIDATION : Part.TRAIN;
    }

    public long rows(Part p) {
        return counts[p.ordinal()];
    }

    /** With {@code split.test: 0} the model is measured on its training rows, and reports say so. */
    public boolean testIsTrain() {
        return counts[Part.TEST.ordinal()] == 0;
    }

    public StreamedCsv csv() {
        return csv;
    }

    /** Counts the parts and fits x' = (x - shift) / scale on the training rows, as {@link FeatureScaler} does in memory. */
    private void fitScaling(Normalization normalization) {
        int n = shift.length;
        double[] mean = new double[n];
        double[] m2 = new double[n];
        double[] min = new double[n];
        double[] max = new double[n];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        long seen = 0;
        try (StreamedCsv.Cursor rows = csv.open()) {
            while (rows.next()) {
                Part p = partOf(rows.index());
                counts[p.ordinal()]++;
                if (p != Part.TRAIN) {
                    continue;
                }
                seen++;
                double[] x = rows.features();
                for (int j = 0; j < n; j++) {
                    // Welford: one pass, no cancellation for large means
                    double d = x[j] - mean[j];
                    mean[j] += d / seen;
                    m2[j] += d * (x[j] - mean[j]);
                    min[j] = Math.min(min[j], x[j]);
                    max[j] = Math.max(max[j], x[j]);
                }
            }
        }
        for (int j = 0; j < n; j++) {
            switch (normalization) {
                case NONE -> { shift[j] = 0; scale[j] = 1; }
                case PIXELS -> { shift[j] = 0; scale[j] = 255; }
                case STANDARDIZE -> { shift[j] = mean[j]; scale[j] = nonZero(Math.sqrt(m2[j] / Math.max(1, seen))); }
                case MINMAX -> { shift[j] = min[j]; scale[j] = nonZero(max[j] - min[j]); }
            }
        }
    }

    private static double nonZero(double v) {
        return v == 0 ? 1 : v;
    }

    /** The rows of the given parts in file order, in batches of at most {@code size} rows per part. */
    public Batches batches(EnumSet<Part> parts, int size) {
        return new Batches(parts, size, null);
    }

    /** Training batches: the training rows shuffled through the seeded buffer; a fresh order every epoch. */
    public Batches trainingBatches(int size, int epoch) {
        return new Batches(EnumSet.of(Part.TRAIN), size, new Random(Seeds.derive(shuffleSeed, epoch)));
    }

    /** The first {@code n} training rows, scaled (a probe for activation statistics). */
    public INDArray firstTrainingRows(int n) {
        try (Batches b = batches(EnumSet.of(Part.TRAIN), n)) {
            if (!b.hasNext()) {
                return Nd4j.zeros(DataType.FLOAT, 0, shift.length);
            }
            return b.next().features();
        }
    }

    /** A pass over the file yielding batches; close it to release the file when stopping early. */
    public final class Batches implements Iterator<Batch>, AutoCloseable {
        private final EnumSet<Part> parts;
        private final int size;
        private final Random shuffle;
        private final StreamedCsv.Cursor rows = csv.open();
        private final Rows[] pending = new Rows[Part.values().length];
        private final Rows buffer;
        private Batch next;
        private boolean exhausted;

        private Batches(EnumSet<Part> parts, int size, Random shuffle) {
            this.parts = parts;
            this.size = size;
            this.shuffle = shuffle;
            for (Part p : parts) {
                pending[p.ordinal()] = new Rows(size);
            }
            this.buffer = shuffle == null ? null : new Rows(SHUFFLE_BUFFER);
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public Batch next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Batch b = next;
            next = null;
            return b;
        }

        private Batch advance() {
            while (!exhausted) {
                if (!rows.next()) {
                    exhausted = true;
                    rows.close();
                    break;
                }
                Part p = partOf(rows.index());
                if (!parts.contains(p)) {
                    continue;
                }
                Rows into = pending[p.ordinal()];
                if (buffer != null) {
                    // a full buffer gives up a random row to make room: a seeded shuffle within the window
                    if (buffer.count == buffer.capacity) {
                        buffer.moveTo(shuffle.nextInt(buffer.count), into);
                    }
                    buffer.add(rows.features(), rows.classIndex(), rows.target(), shift, scale);
                } else {
                    into.add(rows.features(), rows.classIndex(), rows.target(), shift, scale);
                }
                if (into.count == size) {
                    return into.take(p);
                }
            }
            if (buffer != null && buffer.count > 0) {
                Rows into = pending[Part.TRAIN.ordinal()];
                while (buffer.count > 0 && into.count < size) {
                    buffer.moveTo(shuffle.nextInt(buffer.count), into);
                }
                return into.take(Part.TRAIN);
            }
            for (Part p : parts) {
                Rows r = pending[p.ordinal()];
                if (r.count > 0) {
                    return r.take(p);
                }
            }
            return null;
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /** Scaled rows gathered in plain arrays until they make a batch. */
    private final class Rows {
        final int capacity;
        final float[][] features;
        final int[] classes;
        final double[] targets;
        int count;

        Rows(int capacity) {
            this.capacity = capacity;
            this.features = new float[capacity][];
            this.classes = new int[capacity];
            this.targets = new double[capacity];
        }

        void add(double[] raw, int cls, double target, double[] shift, double[] scale) {
            float[] row = features[count] != null ? features[count] : new float[raw.length];
            for (int j = 0; j < raw.length; j++) {
                row[j] = (float) ((raw[j] - shift[j]) / scale[j]);
            }
            features[count] = row;
            classes[count] = cls;
            targets[count] = target;
            count++;
        }

        /** Moves row i to {@code into}, filling the gap with this buffer's last row. */
        void moveTo(int i, Rows into) {
            float[] row = features[i];
            int cls = classes[i];
            double target = targets[i];
            count--;
            features[i] = features[count];
            classes[i] = classes[count];
            targets[i] = targets[count];
            features[count] = into.features[into.count];   // recycle the receiving slot's array
            into.features[into.count] = row;
            into.classes[into.count] = cls;
            into.targets[into.count] = target;
            into.count++;
        }

        Batch take(Part p) {
            int cols = shift.length;
            float[] flat = new float[count * cols];
            for (int i = 0; i < count; i++) {
                System.arraycopy(features[i], 0, flat, i * cols, cols);
            }
            INDArray x = Nd4j.create(flat, new long[] {count, cols}, DataType.FLOAT);
            Batch b = csv.task() == Task.CLASSIFICATION
                    ? new Batch(p, x, java.util.Arrays.copyOf(classes, count), null)
                    : new Batch(p, x, null, java.util.Arrays.copyOf(targets, count));
            count = 0;
            return b;
        }
    }
}
