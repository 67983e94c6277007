package arena.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes found in a label column. Whole numbers sort numerically (0, 1, 2, 10), other names
 * alphabetically; a class's index is its position in that order and its one-hot column.
 */
record Labels(List<String> names, Map<String, Integer> index) {
    static final int MAX_CLASSES = 1000;

    static Labels of(String source, List<CsvData.Row> rows, int column, String columnName) {
        Collector c = new Collector(source, column, columnName);
        for (CsvData.Row r : rows) {
            c.add(r.line(), r.cells().get(column));
        }
        return c.labels();
    }

    /** Gathers the classes row by row, so a file too large to hold can be read in one pass. */
    static final class Collector {
        private final String source;
        private final int column;
        private final String columnName;
        private final Set<String> seen = new LinkedHashSet<>();

        Collector(String source, int column, String columnName) {
            this.source = source;
            this.column = column;
            this.columnName = columnName;
        }

        void add(int line, String cell) {
            String v = cell.trim();
            if (seen.contains(v)) {
                return;
            }
            if (v.isEmpty()) {
                throw new DataException(source, "row " + line + ", column " + (column + 1) + " ('" + columnName + "')",
                        "empty label");
            }
            if (isNumber(v) && !isWholeNumber(v)) {
                throw new DataException(source, "row " + line + ", column " + (column + 1) + " ('" + columnName + "')",
                        "label '" + v + "' is not a class (whole number or name); for a numeric target set data.task: regression");
            }
            seen.add(v);
            if (seen.size() > MAX_CLASSES) {
                throw new DataException(source, "column " + (column + 1) + " ('" + columnName + "')", "the label has more than "
                        + MAX_CLASSES + " distinct values; is it a regression target? (set data.task: regression)");
            }
        }

        Labels labels() {
            if (seen.size() < 2) {
                throw new DataException(source, "column " + (column + 1) + " ('" + columnName + "')",
                        "the label has only one class (" + String.join(", ", seen) + "); classification needs two or more");
            }
            List<String> names = new ArrayList<>(seen);
            boolean numeric = names.stream().allMatch(Labels::isWholeNumber);
            names.sort(numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder());
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
            return new Labels(List.copyOf(names), Map.copyOf(index));
        }
    }

    int indexOf(String raw) {
        return index.get(raw.trim());
    }

    private static boolean isNumber(String v) {
        try {
            Double.parseDouble(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isWholeNumber(String v) {
        return v.matches("[-+]?[0-9]+(\\.0*)?");
    }
}
