package arena.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;


import arena.spec.Task;

/**
 * A CSV file too large to load, read as it is used and never held whole. The first use makes one
 * validating pass (every cell checked with its row and column, the classes found, the rows
 * counted); the content hash is a second, byte-level pass. After that each use (a statistics pass,
 * an epoch, a measurement) reads the file again, line by line, through DataVec's CSVRecordReader
 * over a FileSplit ({@link CsvLines}). Memory does not grow with the file.
 */
public final class StreamedCsv {
    private final String name;
    private final Path file;
    private final CsvData.Layout layout;
    private final Task task;
    private final List<String> columnNames;
    private final List<String> featureNames;
    private final int width;
    private final int label;
    private final Labels labels;
    private final long rows;
    private final String sha256;

    private StreamedCsv(String name, Path file, CsvData.Layout layout, Task task, List<String> columnNames, int width,
                        int label, Labels labels, long rows, String sha256) {
        this.name = name;
        this.file = file;
        this.layout = layout;
        this.task = task;
        this.columnNames = columnNames;
        List<String> features = new java.util.ArrayList<>(columnNames);
        features.remove(label);
        this.featureNames = List.copyOf(features);
        this.width = width;
        this.label = label;
        this.labels = labels;
        this.rows = rows;
        this.sha256 = sha256;
    }

    /** The validating pass: the same checks, and the same messages, as a CSV read whole. */
    public static StreamedCsv scan(String name, Path file, boolean header, char delimiter, String labelName, Integer labelIndex,
                                   Task task) {
        CsvData.Layout layout = new CsvData.Layout(header, delimiter, labelName, labelIndex);
        String source = file.toString();
        try (CsvLines lines = CsvLines.of(file, delimiter)) {
            List<String> head = null;
            if (header) {
                if (!lines.next()) {
                    throw new DataException(source, null, "the file is empty");
                }
                head = lines.cells();
            }
            if (!lines.next()) {
                throw new DataException(source, null, header ? "no data rows after the header" : "the file is empty");
            }
            int width = head != null ? head.size() : lines.cells().size();
            int label = CsvData.labelColumn(source, head, width, layout);
            List<String> names = CsvData.columnNames(head, width);
            Labels.Collector classes = task == Task.CLASSIFICATION ? new Labels.Collector(source, label, names.get(label)) : null;
            long rows = 0;
            do {
                List<String> cells = lines.cells();
                checkWidth(source, lines.line(), cells.size(), width, head != null);
                for (int c = 0; c < width; c++) {
                    if (c == label && classes != null) {
                        classes.add(lines.line(), cells.get(c));
                    } else {
                        number(source, lines.line(), c, names, cells.get(c));
                    }
                }
                rows++;
            } while (lines.next());
            return new StreamedCsv(name, file, layout, task, List.copyOf(names), width, label,
                    classes == null ? null : classes.labels(), rows, sha256(file));
        }
    }

    public String name() {
        return name;
    }

    public String source() {
        return file.toString();
    }

    public Task task() {
        return task;
    }

    public long rows() {
        return rows;
    }

    public int columns() {
        return width - 1;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public List<String> classNames() {
        return labels == null ? List.of() : labels.names();
    }

    public String sha256() {
        return sha256;
    }

    /** A fresh pass over the data rows, in file order. */
    public Cursor open() {
        return new Cursor();
    }

    /** One pass: {@link #next()} moves to the next data row, whose values it then exposes. */
    public final class Cursor implements AutoCloseable {
        private final CsvLines lines = CsvLines.of(file, layout.delimiter());
        private final double[] features = new double[width - 1];
        private long index = -1;
        private int classIndex;
        private double target;

        private Cursor() {
            if (layout.header()) {
                lines.next();
            }
        }

        public boolean next() {
            if (!lines.next()) {
                return false;
            }
            index++;
            List<String> cells = lines.cells();
            String source = file.toString();
            checkWidth(source, lines.line(), cells.size(), width, layout.header());
            int f = 0;
            for (int c = 0; c < width; c++) {
                if (c == label) {
                    if (labels != null) {
                        Integer k = labels.index().get(cells.get(c).trim());
                        if (k == null) {
                            throw new DataException(source, "row " + lines.line(), "label '" + cells.get(c).trim()
                                    + "' was not in the file when it was first read; did the file change during the run?");
                        }
                        classIndex = k;
                    } else {
                        target = number(source, lines.line(), c, columnNames, cells.get(c));
                    }
                } else {
                    features[f++] = number(source, lines.line(), c, columnNames, cells.get(c));
                }
            }
            return true;
        }

        /** 0-based among the data rows (the header and blank lines do not count). */
        public long index() {
            return index;
        }

        /** The row's raw feature values; overwritten by the next call to {@link #next()}. */
        public double[] features() {
            return features;
        }

        public int classIndex() {
            return classIndex;
        }

        public double target() {
            return target;
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    private static void checkWidth(String source, int line, int found, int width, boolean header) {
        if (found != width) {
            throw new DataException(source, "row " + line, "has " + found + " columns, expected " + width
                    + (header ? " (as in the header)" : " (as in the first row)"));
        }
    }

    /** Parsing first and building the message only on failure: this runs for every cell of every pass. */
    private static double number(String source, int line, int c, List<String> names, String cell) {
        try {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the slow path below says what is wrong
        }
        return CsvData.number(source, line, c, names.get(c), cell);
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // digesting as it reads
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new DataException(file.toString(), null, "cannot read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
