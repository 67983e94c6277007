package arena.spec;

import java.nio.file.Path;

/** Where the rows come from. */
public sealed interface DataSource {

    /** Short name used in labels and reports. */
    String displayName();

    /** A bundled data set by catalog name. */
    record Bundled(CatalogEntry entry) implements DataSource {
        @Override
        public String displayName() {
            return entry.name();
        }
    }

    /**
     * MNIST-format IDX files; the test pair is optional (then the split holds out test rows).
     * {@code written} is the images path as written, which identifies the set in trial ids.
     */
    record Idx(String written, Path images, Path labels, Path testImages, Path testLabels) implements DataSource {
        @Override
        public String displayName() {
            return images.toAbsolutePath().getParent().getFileName().toString();
        }

        public boolean hasTestSet() {
            return testImages != null;
        }
    }

    /**
     * A generated 2-D classification set; {@code seed} fixes the points (the same for every trial:
     * the trial seed varies the split, the shuffling and the weights, not the data).
     */
    record Synthetic(String kind, int samples, double noise, int classes, long seed) implements DataSource {
        @Override
        public String displayName() {
            return kind;
        }
    }

    /**
     * Any CSV file. {@code path} is as written (relative to the experiment file), {@code file} resolved;
     * {@code labelColumn} is a column name, or a 0-based index when {@code labelIndex} is set; null means the last column.
     */
    record Csv(String path, Path file, String labelColumn, Integer labelIndex, boolean header, char delimiter,
               Streaming stream, double streamAboveMB) implements DataSource {

        /** A file read whole, for tests and callers that never stream. */
        public Csv(String path, Path file, String labelColumn, Integer labelIndex, boolean header, char delimiter) {
            this(path, file, labelColumn, labelIndex, header, delimiter, Streaming.AUTO, DEFAULT_STREAM_ABOVE_MB);
        }

        /** Whether the file is read as it is used rather than loaded: always, never, or when larger than the threshold. */
        public boolean streams() {
            return switch (stream) {
                case ON -> true;
                case OFF -> false;
                case AUTO -> sizeMB() > streamAboveMB;
            };
        }

        private double sizeMB() {
            try {
                return java.nio.file.Files.size(file) / (1024.0 * 1024.0);
            } catch (java.io.IOException e) {
                return 0;
            }
        }

        @Override
        public String displayName() {
            String name = file.getFileName().toString();
            return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        }
    }

    /** {@code data.stream}: auto (stream files above {@code streamAboveMB}), true, false. */
    enum Streaming {
        AUTO, ON, OFF;

        public String label() {
            return this == AUTO ? "auto" : this == ON ? "true" : "false";
        }
    }

    /** Loading a CSV whole costs about 30 times its size in heap (cells as objects): beyond this it streams. */
    double DEFAULT_STREAM_ABOVE_MB = 32;
}
