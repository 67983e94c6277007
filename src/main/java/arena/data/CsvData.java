package arena.data;

import java.util.ArrayList;
import java.util.List;

import org.datavec.api.records.reader.impl.collection.CollectionRecordReader;
import org.datavec.api.records.reader.impl.csv.CSVRecordReader;
import org.datavec.api.writable.DoubleWritable;
import org.datavec.api.writable.IntWritable;
import org.datavec.api.writable.Writable;
import org.deeplearning4j.datasets.datavec.RecordReaderDataSetIterator;
import org.nd4j.linalg.dataset.DataSet;

import arena.spec.Task;

/**
 * Reads a CSV through DataVec: {@link CSVRecordReader} for the cells, every cell checked with its
 * row and column before anything trains, then {@link RecordReaderDataSetIterator} to build the
 * feature matrix and labels.
 */
final class CsvData {
    private CsvData() { }

    /** What to read: the label column by name, by 0-based index, or (both null) the last column. */
    record Layout(boolean header, char delimiter, String labelName, Integer labelIndex) { }

    static LoadedData read(String name, String source, byte[] bytes, Layout layout, Task task) {
        List<Row> rows = cells(source, bytes, layout.delimiter());
        if (rows.isEmpty()) {
            throw new DataException(source, null, "the file is empty");
        }
        List<String> header = layout.header() ? rows.remove(0).cells() : null;
        if (rows.isEmpty()) {
            throw new DataException(source, null, "no data rows after the header");
        }
        int width = header != null ? header.size() : rows.get(0).cells().size();
        int label = labelColumn(source, header, width, layout);
        List<String> names = columnNames(header, width);
        String labelName = names.get(label);
        for (Row r : rows) {
            if (r.cells().size() != width) {
                throw new DataException(source, "row " + r.line(), "has " + r.cells().size() + " columns, expected " + width
                        + (header != null ? " (as in the header)" : " (as in the first row)"));
            }
        }
        List<List<Writable>> records = new ArrayList<>(rows.size());
        Labels labels = task == Task.CLASSIFICATION ? Labels.of(source, rows, label, labelName) : null;
        for (Row r : rows) {
            List<Writable> rec = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                if (c == label) {
                    rec.add(labels != null ? new IntWritable(labels.indexOf(r.cells().get(c)))
                            : new DoubleWritable(number(source, r, c, names.get(c))));
                } else {
                    rec.add(new DoubleWritable(number(source, r, c, names.get(c))));
                }
            }
            records.add(rec);
        }
        DataSet all = toDataSet(records, label, labels);
        List<String> featureNames = new ArrayList<>(names);
        featureNames.remove(label);
        if (labels != null) {
            int[] classes = new int[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                classes[i] = labels.indexOf(rows.get(i).cells().get(label));
            }
            return LoadedData.table(name, source, DataSources.sha256(bytes), task, all.getFeatures(), null, classes,
                    labels.names(), featureNames);
        }
        return LoadedData.table(name, source, DataSources.sha256(bytes), task, all.getFeatures(), all.getLabels(), null,
                List.of(), featureNames);
    }

    /** One line of the file, numbered from 1 as an editor shows it. */
    record Row(int line, List<String> cells) { }

    private static List<Row> cells(String source, byte[] bytes, char delimiter) {
        List<Row> rows = new ArrayList<>();
        try (CsvLines lines = CsvLines.of(source, bytes, delimiter)) {
            while (lines.next()) {
                rows.add(new Row(lines.line(), lines.cells()));
            }
        }
        return rows;
    }

    static int labelColumn(String source, List<String> header, int width, Layout layout) {
        if (layout.labelIndex() != null) {
            if (layout.labelIndex() >= width) {
                throw new DataException(source, "label column " + layout.labelIndex(), "the file has only " + width
                        + " columns (indices 0.." + (width - 1) + ")");
            }
            return layout.labelIndex();
        }
        if (layout.labelName() != null) {
            int i = header.indexOf(layout.labelName());
            if (i < 0) {
                throw new DataException(source, "header", "no column named '" + layout.labelName() + "'"
                        + arena.spec.Suggestions.hint(layout.labelName(), header) + "; columns: " + String.join(", ", header));
            }
            return i;
        }
        if (width < 2) {
            throw new DataException(source, null, "needs at least two columns (features and a label)");
        }
        return width - 1;
    }

    static List<String> columnNames(List<String> header, int width) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            names.add(header != null ? header.get(c).trim() : "column " + c);
        }
        return names;
    }

    private static double number(String source, Row r, int c, String column) {
        return number(source, r.line(), c, column, r.cells().get(c));
    }

    /** A cell as a finite number, or an error naming the row and column. */
    static double number(String source, int line, int c, String column, String cell) {
        String text = cell.trim();
        String where = "row " + line + ", column " + (c + 1) + " ('" + column + "')";
        if (text.isEmpty()) {
            throw new DataException(source, where, "empty cell; missing values are not supported");
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new DataException(source, where, "'" + text + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new DataException(source, where, "'" + text + "' is not a finite number");
        }
        return v;
    }

    private static DataSet toDataSet(List<List<Writable>> records, int label, Labels labels) {
        CollectionRecordReader reader = new CollectionRecordReader(records);
        RecordReaderDataSetIterator.Builder b = new RecordReaderDataSetIterator.Builder(reader, records.size());
        b = labels != null ? b.classification(label, labels.names().size()) : b.regression(label);
        return b.build().next();
    }
}
