package arena.data;

import static arena.data.IdxFiles.cut;
import static arena.data.IdxFiles.gzip;
import static arena.data.IdxFiles.images;
import static arena.data.IdxFiles.labels;
import static arena.data.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.datavec.api.records.Record;
import org.datavec.api.records.metadata.RecordMetaDataIndex;
import org.datavec.api.writable.IntWritable;
import org.datavec.api.writable.Writable;
import org.deeplearning4j.datasets.datavec.RecordReaderDataSetIterator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.dataset.DataSet;

class IdxRecordReaderTest {
    /** Three 2×3 images whose pixels cover 0, 255 and the values in between. */
    static final byte[] PIXELS = {
        0, 1, 2, 3, 4, 5,
        (byte) 255, (byte) 254, (byte) 128, 127, 64, 32,
        9, 8, 7, 6, 5, (byte) 200};

    @TempDir
    Path dir;

    private IdxRecordReader reader(boolean gzipped) {
        Path im = write(dir, "im", gzipped ? gzip(images(3, 2, 3, PIXELS)) : images(3, 2, 3, PIXELS));
        Path lb = write(dir, "lb", gzipped ? gzip(labels(2, 0, 7)) : labels(2, 0, 7));
        IdxRecordReader r = new IdxRecordReader();
        r.initialize(IdxRecordReader.split(im, lb));
        return r;
    }

    private static List<Integer> ints(List<Writable> record) {
        List<Integer> out = new ArrayList<>();
        for (Writable w : record) {
            assertTrue(w instanceof IntWritable, w.getClass().toString());
            out.add(w.toInt());
        }
        return out;
    }

    @ParameterizedTest(name = "gzipped={0}")
    @ValueSource(booleans = {false, true})
    void recordsArePixelsThenLabelUnscaled(boolean gzipped) {
        try (IdxRecordReader r = reader(gzipped)) {
            assertEquals(3, r.count());
            assertEquals(2, r.rows());
            assertEquals(3, r.columns());
            assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7"), r.getLabels());
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 2), ints(r.next()));
            assertEquals(List.of(255, 254, 128, 127, 64, 32, 0), ints(r.next()));
            Record third = r.nextRecord();
            assertEquals(List.of(9, 8, 7, 6, 5, 200, 7), ints(third.getRecord()));
            assertEquals(2, ((RecordMetaDataIndex) third.getMetaData()).getIndex());
            assertFalse(r.hasNext());
            assertThrows(NoSuchElementException.class, r::next);

            r.reset();
            assertTrue(r.hasNext());
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 2), ints(r.next()));
            assertEquals(List.of(255, 254, 128, 127, 64, 32, 0), ints(r.loadFromMetaData(
                    new RecordMetaDataIndex(1, dir.resolve("im").toUri(), IdxRecordReader.class)).getRecord()));
            assertEquals(List.of(255, 254, 128, 127, 64, 32, 0), ints(r.next()), "loading by metadata does not move the reader");
        }
    }

    @ParameterizedTest(name = "gzipped={0}")
    @ValueSource(booleans = {false, true})
    void feedsRecordReaderDataSetIteratorInBatches(boolean gzipped) {
        try (IdxRecordReader r = reader(gzipped)) {
            RecordReaderDataSetIterator it = new RecordReaderDataSetIterator.Builder(r, 2).classification(6, 8).build();
            DataSet first = it.next();
            assertEquals(2, first.numExamples());
            assertEquals(255, first.getFeatures().getDouble(1, 0), 0);
            assertEquals(1, first.getLabels().getDouble(0, 2), 0);
            DataSet second = it.next();
            assertEquals(1, second.numExamples());
            assertEquals(200, second.getFeatures().getDouble(0, 5), 0);
            assertEquals(7, second.getLabels().argMax(1).getInt(0));
            assertFalse(it.hasNext());
            it.reset();
            assertEquals(2, it.next().numExamples());
        }
    }

    @org.junit.jupiter.api.Test
    void truncatedImagesFailWhenStreamedNamingHowFarTheDataGot() {
        byte[] full = images(3, 2, 3, PIXELS);
        Path im = write(dir, "short-images", cut(full, 16 + 6 + 4));
        Path lb = write(dir, "lb", labels(2, 0, 7));
        IdxRecordReader r = new IdxRecordReader();
        r.initialize(IdxRecordReader.split(im, lb));
        r.next();
        DataException e = assertThrows(DataException.class, r::next);
        assertEquals(im + ": truncated: the header promises 3 images of 2×3 but the data ends after image 1", e.getMessage());
        r.close();
    }

    @org.junit.jupiter.api.Test
    void needsExactlyTwoFiles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IdxRecordReader().initialize(
                new org.datavec.api.split.CollectionInputSplit(List.of(dir.toUri()))));
        assertTrue(e.getMessage().contains("images then labels; got 1"), e.getMessage());
    }
}
