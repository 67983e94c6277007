package arena.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.datavec.api.records.reader.impl.csv.CSVRecordReader;
import org.datavec.api.split.FileSplit;
import org.datavec.api.split.InputSplit;
import org.datavec.api.split.InputStreamInputSplit;
import org.datavec.api.writable.Writable;

/**
 * DataVec's CSV reader, line by line, with line numbers as an editor shows them (for messages)
 * and blank lines skipped: over a file (streamed) or over bytes already read.
 */
final class CsvLines implements AutoCloseable {
    private final String source;
    private final CSVRecordReader reader;
    private List<String> cells;
    private int line;

    private CsvLines(String source, InputSplit split, char delimiter) {
        this.source = source;
        this.reader = new CSVRecordReader(0, delimiter);
        try {
            reader.initialize(split);
        } catch (IOException | InterruptedException e) {
            throw new DataException(source, null, "cannot read: " + e.getMessage());
        }
    }

    static CsvLines of(Path file, char delimiter) {
        return new CsvLines(file.toString(), new FileSplit(file.toFile()), delimiter);
    }

    static CsvLines of(String source, byte[] bytes, char delimiter) {
        return new CsvLines(source, new InputStreamInputSplit(new ByteArrayInputStream(bytes)), delimiter);
    }

    /** Moves to the next non-blank line; false at the end. */
    boolean next() {
        while (reader.hasNext()) {
            line++;
            List<Writable> rec;
            try {
                rec = reader.next();
            } catch (RuntimeException e) {
                throw new DataException(source, "row " + line, "cannot parse the line: " + e.getMessage());
            }
            if (rec.size() == 1 && rec.get(0).toString().isBlank()) {
                continue;
            }
            cells = rec.stream().map(Writable::toString).toList();
            return true;
        }
        return false;
    }

    List<String> cells() {
        return cells;
    }

    int line() {
        return line;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new DataException(source, null, "cannot close: " + e.getMessage());
        }
    }
}
