package arena.data;

import java.io.DataInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.datavec.api.conf.Configuration;
import org.datavec.api.records.Record;
import org.datavec.api.records.metadata.RecordMetaData;
import org.datavec.api.records.metadata.RecordMetaDataIndex;
import org.datavec.api.records.reader.BaseRecordReader;
import org.datavec.api.split.CollectionInputSplit;
import org.datavec.api.split.InputSplit;
import org.datavec.api.writable.IntWritable;
import org.datavec.api.writable.Writable;

/**
 * A DataVec record reader over an MNIST-format pair of IDX files, raw or gzipped: each record is
 * an image's rows × columns pixels (row by row, 0..255 unscaled) followed by its label, all
 * {@link IntWritable}s. Initialise it with {@link #split(Path, Path)} (images first, then labels).
 * Headers are checked at initialisation, and the labels (one byte per image) are read then; images
 * are streamed one at a time, so only the records a consumer holds exist as writables.
 * {@link #getLabels()} is "0".."max label", so a label's value is its index in that list, as
 * {@code RecordReaderDataSetIterator} expects.
 */
public class IdxRecordReader extends BaseRecordReader {
    private static final long serialVersionUID = 1L;

    private URI imagesUri;
    private URI labelsUri;
    private int count;
    private int rows;
    private int cols;
    private byte[] labels;
    private List<String> labelNames;
    private Configuration conf;
    private int index;
    private transient IdxFile images;
    private transient byte[] pixels;

    /** The split this reader expects: the images file, then the labels file. */
    public static InputSplit split(Path images, Path labels) {
        return new CollectionInputSplit(List.of(images.toUri(), labels.toUri()));
    }

    @Override
    public void initialize(InputSplit split) {
        inputSplit = split;   // all BaseRecordReader.initialize does for a non-stream split, minus its checked exceptions
        URI[] files = split.locations();
        if (files == null || files.length != 2) {
            throw new IllegalArgumentException("an IDX record reader reads two files, images then labels; got "
                    + (files == null ? 0 : files.length) + " (use IdxRecordReader.split(images, labels))");
        }
        close();
        imagesUri = files[0];
        labelsUri = files[1];
        openChecked();
        pixels = new byte[rows * cols];
        int max = 0;
        for (byte b : labels) {
            max = Math.max(max, b & 0xff);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            names.add(Integer.toString(i));
        }
        labelNames = List.copyOf(names);
    }

    @Override
    public void initialize(Configuration conf, InputSplit split) {
        setConf(conf);
        initialize(split);
    }

    /** The number of images (records), from the header. */
    public int count() {
        return count;
    }

    /** Image height in pixels. */
    public int rows() {
        return rows;
    }

    /** Image width in pixels. */
    public int columns() {
        return cols;
    }

    /** The images file, as named in error messages. */
    public String imagesName() {
        return Path.of(imagesUri).toString();
    }

    @Override
    public boolean hasNext() {
        return images != null && index < count;
    }

    @Override
    public List<Writable> next() {
        if (!hasNext()) {
            throw new NoSuchElementException(images == null ? "the reader is not initialised (or closed)"
                    : "all " + count + " images have been read");
        }
        images.read(pixels, index);
        List<Writable> record = record(pixels, labels[index]);
        index++;
        invokeListeners(record);
        return record;
    }

    @Override
    public Record nextRecord() {
        int i = index;
        List<Writable> record = next();
        return new org.datavec.api.records.impl.Record(record, new RecordMetaDataIndex(i, imagesUri, IdxRecordReader.class));
    }

    @Override
    public List<String> getLabels() {
        return labelNames;
    }

    /** Reopens the images file and starts again from the first image. */
    @Override
    public void reset() {
        close();
        IdxFile opened = IdxFile.open(Path.of(imagesUri), IdxFile.Kind.IMAGES);
        if (opened.count != count || opened.rows != rows || opened.cols != cols) {
            opened.close();
            throw new DataException(opened.name, "header", "changed while being read (now " + opened.count + " images of "
                    + opened.rows + "×" + opened.cols + ", was " + count + " of " + rows + "×" + cols + ")");
        }
        images = opened;
        index = 0;
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    /** Not supported: a record spans two files, so it cannot come from one stream. */
    @Override
    public List<Writable> record(URI uri, DataInputStream dataInputStream) {
        throw new UnsupportedOperationException("an IDX record spans two files (images and labels); use next()");
    }

    /**
     * Reads the record a {@link RecordMetaDataIndex} from this reader points to, through a stream of
     * its own (the reader's position does not move). For a gzipped file that means decompressing
     * up to the image, so loading many records this way is slow.
     */
    @Override
    public Record loadFromMetaData(RecordMetaData recordMetaData) {
        return loadFromMetaData(List.of(recordMetaData)).get(0);
    }

    @Override
    public List<Record> loadFromMetaData(List<RecordMetaData> recordMetaDatas) {
        List<Record> out = new ArrayList<>(recordMetaDatas.size());
        byte[] image = new byte[rows * cols];
        for (RecordMetaData m : recordMetaDatas) {
            if (!(m instanceof RecordMetaDataIndex r) || r.getIndex() < 0 || r.getIndex() >= count) {
                throw new IllegalArgumentException("not a record of this reader: " + m);
            }
            int i = (int) r.getIndex();
            try (IdxFile f = IdxFile.open(Path.of(imagesUri), IdxFile.Kind.IMAGES)) {
                f.skip(0, i);
                f.read(image, i);
            }
            out.add(new org.datavec.api.records.impl.Record(record(image, labels[i]), m));
        }
        return out;
    }

    @Override
    public void close() {
        if (images != null) {
            images.close();
            images = null;
        }
    }

    @Override
    public void setConf(Configuration conf) {
        this.conf = conf;
    }

    @Override
    public Configuration getConf() {
        return conf;
    }

    /**
     * Opens both files and checks their headers agree before reading any data, then reads all the
     * labels (one byte per image) and leaves the images file positioned at the first image.
     */
    private void openChecked() {
        IdxFile im = IdxFile.open(Path.of(imagesUri), IdxFile.Kind.IMAGES);   // first, so swapped files are blamed on it
        IdxFile l;
        try {
            l = IdxFile.open(Path.of(labelsUri), IdxFile.Kind.LABELS);
        } catch (RuntimeException e) {
            im.close();
            throw e;
        }
        try (l) {
            if (l.count != im.count) {
                im.close();
                throw new DataException(l.name, "header", "has " + l.count + " labels but " + im.name + " has "
                        + im.count + " images");
            }
            byte[] all = new byte[l.count];
            try {
                l.read(all, 0);
            } catch (RuntimeException e) {
                im.close();
                throw e;
            }
            labels = all;
            images = im;
            count = im.count;
            rows = im.rows;
            cols = im.cols;
            index = 0;
        }
    }

    private static List<Writable> record(byte[] image, byte label) {
        List<Writable> record = new ArrayList<>(image.length + 1);
        for (byte b : image) {
            record.add(new IntWritable(b & 0xff));
        }
        record.add(new IntWritable(label & 0xff));
        return record;
    }
}
