package arena.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import org.deeplearning4j.datasets.datavec.RecordReaderDataSetIterator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import arena.spec.Task;

/**
 * Reads an MNIST-format data set (IDX images and labels, raw or gzipped, optionally with its own
 * test files) through DataVec: {@link IdxRecordReader} under a {@link RecordReaderDataSetIterator},
 * a batch at a time into one preallocated FLOAT matrix, so only one batch of writables exists at
 * once and the full 70 000-image Fashion-MNIST fits a 2 GB heap. Pixels stay 0..255 (scaling is the
 * feature scaler's job).
 */
public final class IdxData {
    /** Rows per DataVec batch: 1000 × 785 writables is about 20 MB of heap. */
    static final int BATCH = 1000;

    private IdxData() { }

    /**
     * Reads the training files and, when given, the test files, whose rows follow the training rows
     * ({@code testFrom} = the number of training rows). Classes are the distinct labels present in
     * either part, sorted numerically; a class's index is its position in that order.
     *
     * @throws DataException for a missing, malformed or truncated file, or files that disagree
     * @throws IllegalArgumentException when only one of the two test files is given
     */
    public static LoadedData read(String name, Path images, Path labels, Path testImages, Path testLabels) {
        if ((testImages == null) != (testLabels == null)) {
            throw new IllegalArgumentException("give both test files (images and labels) or neither; got only "
                    + (testImages != null ? "images " + testImages : "labels " + testLabels));
        }
        List<IdxRecordReader> parts = new ArrayList<>();
        try {
            parts.add(open(images, labels));
            if (testImages != null) {
                parts.add(open(testImages, testLabels));
                checkSameShape(parts.get(0), parts.get(1));
            }
            return read(name, images.toString(), parts, sha256(images, labels, testImages, testLabels));
        } finally {
            parts.forEach(IdxRecordReader::close);
        }
    }

    private static IdxRecordReader open(Path images, Path labels) {
        IdxRecordReader reader = new IdxRecordReader();
        reader.initialize(IdxRecordReader.split(images, labels));
        if (reader.count() == 0) {
            reader.close();
            throw new DataException(images.toString(), "header", "the file holds no images");
        }
        return reader;
    }

    private static void checkSameShape(IdxRecordReader train, IdxRecordReader test) {
        if (train.rows() != test.rows() || train.columns() != test.columns()) {
            throw new DataException(test.imagesName(), "header", "the images are " + test.rows() + "×" + test.columns()
                    + " but the training images (" + train.imagesName() + ") are " + train.rows() + "×" + train.columns());
        }
    }

    private static LoadedData read(String name, String source, List<IdxRecordReader> parts, String sha256) {
        IdxRecordReader first = parts.get(0);
        int pixels = first.rows() * first.columns();
        int total = parts.stream().mapToInt(IdxRecordReader::count).sum();
        int labelValues = parts.stream().mapToInt(p -> p.getLabels().size()).max().orElseThrow();
        INDArray features = Nd4j.create(DataType.FLOAT, total, pixels);
        int[] raw = new int[total];
        int row = 0;
        try {
            for (IdxRecordReader part : parts) {
                row = copy(part, pixels, labelValues, features, raw, row);
            }
        } catch (RuntimeException e) {
            NativeArrays.close(features);
            throw e;
        }
        // Class index = position among the labels present, so absent digits leave no empty classes.
        TreeSet<Integer> present = new TreeSet<>();
        for (int v : raw) {
            present.add(v);
        }
        if (present.size() < 2) {
            NativeArrays.close(features);
            throw new DataException(parts.get(0).imagesName(), null, "every image has label " + present.first()
                    + "; classification needs two or more classes");
        }
        int[] indexOf = new int[labelValues];
        List<String> classNames = new ArrayList<>();
        for (int v : present) {
            indexOf[v] = classNames.size();
            classNames.add(Integer.toString(v));
        }
        int[] classes = new int[total];
        for (int i = 0; i < total; i++) {
            classes[i] = indexOf[raw[i]];
        }
        List<String> featureNames = new ArrayList<>(pixels);
        for (int p = 0; p < pixels; p++) {
            featureNames.add("p" + p);
        }
        int testFrom = parts.size() > 1 ? first.count() : -1;
        return new LoadedData(name, source, sha256, Task.CLASSIFICATION, features, null, classes,
                List.copyOf(classNames), List.copyOf(featureNames), new int[] {1, first.rows(), first.columns()}, testFrom);
    }

    /** Copies one part's images into rows {@code from}.. and its labels into {@code raw}; returns the next free row. */
    private static int copy(IdxRecordReader part, int pixels, int labelValues, INDArray features, int[] raw, int from) {
        RecordReaderDataSetIterator it = new RecordReaderDataSetIterator.Builder(part, BATCH)
                .classification(pixels, labelValues)
                .build();
        int row = from;
        while (it.hasNext()) {
            DataSet batch = it.next();
            int n = batch.numExamples();
            features.get(NDArrayIndex.interval(row, row + n), NDArrayIndex.all()).assign(batch.getFeatures());
            INDArray label = batch.getLabels().argMax(1);
            for (int i = 0; i < n; i++) {
                raw[row + i] = label.getInt(i);
            }
            NativeArrays.close(batch.getFeatures(), batch.getLabels(), label);
            row += n;
        }
        return row;
    }

    /** SHA-256 over the bytes of every file read, as stored (compressed or not), in argument order. */
    private static String sha256(Path... files) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path f : files) {
            if (f == null) {
                continue;
            }
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (NoSuchFileException e) {
                throw new DataException(f.toString(), null, "no such file");
            } catch (IOException e) {
                throw new DataException(f.toString(), null, "cannot read: " + e.getMessage());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
