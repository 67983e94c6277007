package arena.data;

import static arena.data.IdxFiles.cut;
import static arena.data.IdxFiles.gzip;
import static arena.data.IdxFiles.images;
import static arena.data.IdxFiles.labels;
import static arena.data.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;

import arena.spec.Task;
import arena.spec.TrialId;

class IdxDataTest {
    static final Path FASHION = Path.of("data/fashion-mnist-small");

    @TempDir
    Path dir;

    @Test
    void bundledFashionMnistSubsetWithItsOwnTestSet() throws IOException {
        Path im = FASHION.resolve("train-images-idx3-ubyte.gz");
        Path lb = FASHION.resolve("train-labels-idx1-ubyte.gz");
        Path tim = FASHION.resolve("t10k-images-idx3-ubyte.gz");
        Path tlb = FASHION.resolve("t10k-labels-idx1-ubyte.gz");
        long start = System.nanoTime();
        LoadedData d = IdxData.read("fashion-small", im, lb, tim, tlb);
        System.out.printf("IdxData.read fashion-mnist-small (7000 images): %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertEquals("fashion-small", d.name());
        assertEquals(im.toString(), d.source());
        assertEquals(Task.CLASSIFICATION, d.task());
        assertEquals(DataType.FLOAT, d.features().dataType());
        assertArrayEquals(new long[] {7000, 784}, d.features().shape());
        assertEquals(6000, d.testFrom());
        assertArrayEquals(new int[] {1, 28, 28}, d.imageShape());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), d.classNames());
        assertEquals(784, d.featureNames().size());
        assertEquals("p0", d.featureNames().get(0));
        assertEquals("p783", d.featureNames().get(783));
        assertArrayEquals(new int[] {560, 643, 608, 612, 584, 594, 590, 617, 590, 602}, counts(d.classes(), 0, 6000));
        assertArrayEquals(new int[] {107, 105, 111, 93, 115, 87, 97, 95, 95, 95}, counts(d.classes(), 6000, 7000));
        assertEquals(TrialId.sha256(concat(im, lb, tim, tlb)), d.sha256());

        // Rows match an independent decoding of the files: first and last training image, first test image.
        byte[] train = gunzip(im);
        byte[] test = gunzip(tim);
        assertPixels(train, 0, d.features().getRow(0).toFloatVector());
        assertPixels(train, 5999, d.features().getRow(5999).toFloatVector());
        assertPixels(test, 0, d.features().getRow(6000).toFloatVector());
        assertEquals(gunzip(lb)[8 + 5999], d.classes()[5999]);
        assertEquals(gunzip(tlb)[8], d.classes()[6000]);
        assertEquals(255, d.features().maxNumber().intValue());
        assertEquals(0, d.features().minNumber().intValue());
    }

    @Test
    void withoutTestFilesThereIsNoTestSet() {
        LoadedData d = IdxData.read("f", FASHION.resolve("t10k-images-idx3-ubyte.gz"), FASHION.resolve("t10k-labels-idx1-ubyte.gz"),
                null, null);
        assertEquals(1000, d.rows());
        assertFalse(d.hasTestSet());
    }

    @Test
    void rawAndGzippedFilesReadTheSameAndFingerprintsDiffer() {
        byte[] pixels = IdxRecordReaderTest.PIXELS;
        LoadedData raw = IdxData.read("r", write(dir, "a", images(3, 2, 3, pixels)), write(dir, "b", labels(2, 0, 7)), null, null);
        LoadedData gz = IdxData.read("g", write(dir, "c.bin", gzip(images(3, 2, 3, pixels))), write(dir, "d", gzip(labels(2, 0, 7))),
                null, null);
        for (LoadedData d : List.of(raw, gz)) {
            assertArrayEquals(new float[] {255, 254, 128, 127, 64, 32}, d.features().getRow(1).toFloatVector());
            assertArrayEquals(new float[] {9, 8, 7, 6, 5, 200}, d.features().getRow(2).toFloatVector());
            // Classes are the labels present (0, 2, 7), indexed by their sorted position.
            assertEquals(List.of("0", "2", "7"), d.classNames());
            assertArrayEquals(new int[] {1, 0, 2}, d.classes());
            assertArrayEquals(new int[] {1, 2, 3}, d.imageShape());
            assertEquals(-1, d.testFrom());
        }
        assertNotEquals(raw.sha256(), gz.sha256());
    }

    @Test
    void batchesAreConcatenatedInOrder() {
        int n = 2 * IdxData.BATCH + 345;
        Random rng = new Random(3);
        byte[] pixels = new byte[n * 4];
        rng.nextBytes(pixels);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i % 5;
        }
        Path tim = write(dir, "ti", images(2, 2, 2, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        Path tlb = write(dir, "tl", labels(4, 1));
        LoadedData d = IdxData.read("n", write(dir, "i", gzip(images(n, 2, 2, pixels))), write(dir, "l", labels(values)), tim, tlb);
        assertEquals(n + 2, d.rows());
        assertEquals(n, d.testFrom());
        float[][] x = d.features().toFloatMatrix();
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 4; p++) {
                assertEquals(pixels[4 * i + p] & 0xff, (int) x[i][p], "image " + i + " pixel " + p);
            }
            assertEquals(i % 5, d.classes()[i]);
        }
        assertArrayEquals(new float[] {5, 6, 7, 8}, x[n + 1]);
        assertEquals(4, d.classes()[n]);
    }

    static Stream<Arguments> brokenFiles() {
        byte[] px = IdxRecordReaderTest.PIXELS;
        byte[] goodImages = images(3, 2, 3, px);
        byte[] goodLabels = labels(2, 0, 7);
        byte[] noise = new byte[10_000];
        new Random(1).nextBytes(noise);   // incompressible, so half the gzip holds about half the images
        byte[] bigImages = images(100, 10, 10, noise);
        byte[] zeros = gzip(images(100, 10, 10, new byte[10_000]));
        byte[] bigLabels = labels(100, new byte[100]);
        ByteBuffer floats = ByteBuffer.wrap(goodImages.clone());
        floats.put(2, (byte) 0x0D);
        return Stream.of(
                Arguments.of("wrong magic", bytes(0x12, 0x34, 0x56, 0x78, 0, 0, 0, 3), goodLabels, "images",
                        "header, bytes 0-3: magic number 0x12345678: not an IDX file (expected 0x00000803 for IDX images)"),
                Arguments.of("float pixels", floats.array(), goodLabels, "images",
                        "header, byte 2: data type 0x0D (32-bit float): only unsigned bytes (0x08) are supported"),
                Arguments.of("2-d images", cut(ByteBuffer.wrap(goodImages.clone()).put(3, (byte) 2).array(), 30), goodLabels, "images",
                        "header, byte 3: 2 dimensions; an IDX images file has 3 (count, rows, columns)"),
                Arguments.of("labels as images", goodLabels, goodImages, "images",
                        "this is an IDX labels file (magic 0x00000801), expected 0x00000803 for IDX images; are images and labels swapped?"),
                Arguments.of("count mismatch", goodImages, labels(2, 0), "labels",
                        "header: has 2 labels but "),
                Arguments.of("truncated image data", cut(goodImages, 16 + 6 + 6 + 3), goodLabels, "images",
                        "truncated: the header promises 3 images of 2×3 but the data ends after image 2"),
                Arguments.of("truncated gzipped image data", cut(gzip(goodImages), gzip(goodImages).length - 12), gzip(goodLabels), "images",
                        "truncated: the header promises 3 images of 2×3 but the data ends "),
                Arguments.of("truncated large gzip", cut(gzip(bigImages), gzip(bigImages).length / 2), bigLabels, "images",
                        "truncated: the header promises 100 images of 10×10 but the data ends after image 4"),
                Arguments.of("gzip cut before any data", cut(zeros, 12), bigLabels, "images",
                        "truncated header: the data ends after 0 bytes, an IDX images header has 16"),
                Arguments.of("corrupt gzip", corrupt(gzip(images(100, 10, 10, pattern()))), bigLabels, "images",
                        "corrupt gzip data, found while reading the header ("),
                Arguments.of("no pixels at all", cut(goodImages, 16), goodLabels, "images",
                        "truncated: the header promises 3 images of 2×3 but the data ends before the first image"),
                Arguments.of("truncated labels", goodImages, cut(labels(3, new byte[] {2, 0, 7}), 10), "labels",
                        "truncated: the header promises 3 labels but the data ends after label 2"),
                Arguments.of("truncated header", cut(goodImages, 10), goodLabels, "images",
                        "truncated header: the data ends after 10 bytes, an IDX images header has 16"),
                Arguments.of("truncated gzipped header", gzip(cut(goodImages, 3)), goodLabels, "images",
                        "truncated header: the data ends after 3 bytes, an IDX images header has 16"),
                Arguments.of("empty file", new byte[0], goodLabels, "images", "the file is empty"),
                Arguments.of("empty gzip", gzip(new byte[0]), goodLabels, "images", "the file is empty"),
                Arguments.of("broken gzip header", bytes(0x1f, 0x8b, 0x08), goodLabels, "images",
                        "starts like gzip (1f 8b) but is not valid gzip"),
                Arguments.of("no images", images(0, 2, 3, new byte[0]), labels(0, new byte[0]), "images",
                        "header: the file holds no images"),
                Arguments.of("zero-width images", images(3, 2, 0, new byte[0]), goodLabels, "images",
                        "header, bytes 8-15: image size 2×0 is not supported"),
                Arguments.of("one class", goodImages, labels(4, 4, 4), "images",
                        "every image has label 4; classification needs two or more classes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFilesNameTheFileAndTheProblem(String what, byte[] imageBytes, byte[] labelBytes, String culprit, String expected) {
        Path im = write(dir, "train-images-idx3-ubyte.gz", imageBytes);
        Path lb = write(dir, "train-labels-idx1-ubyte", labelBytes);
        DataException e = assertThrows(DataException.class, () -> IdxData.read("x", im, lb, null, null));
        Path file = culprit.equals("images") ? im : lb;
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void missingFileAndMismatchedTestSet() {
        Path im = write(dir, "im", images(3, 2, 3, IdxRecordReaderTest.PIXELS));
        Path lb = write(dir, "lb", labels(2, 0, 7));
        DataException missing = assertThrows(DataException.class, () -> IdxData.read("x", im, dir.resolve("nope"), null, null));
        assertEquals(dir.resolve("nope") + ": no such file", missing.getMessage());

        Path tim = write(dir, "tim", images(1, 3, 2, new byte[6]));
        Path tlb = write(dir, "tlb", labels(1));
        DataException shape = assertThrows(DataException.class, () -> IdxData.read("x", im, lb, tim, tlb));
        assertEquals(tim + ": header: the images are 3×2 but the training images (" + im + ") are 2×3", shape.getMessage());

        IllegalArgumentException half = assertThrows(IllegalArgumentException.class, () -> IdxData.read("x", im, lb, tim, null));
        assertTrue(half.getMessage().contains("give both test files"), half.getMessage());
    }

    /** Compressible pixels, so the gzip stream is Huffman-coded and a flipped byte breaks it. */
    private static byte[] pattern() {
        byte[] p = new byte[10_000];
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) (i * i % 251);
        }
        return p;
    }

    private static byte[] corrupt(byte[] gz) {
        byte[] c = gz.clone();
        for (int i = 40; i < 60; i++) {
            c[i] = (byte) 0xff;
        }
        return c;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static int[] counts(int[] classes, int from, int to) {
        int[] c = new int[10];
        for (int i = from; i < to; i++) {
            c[classes[i]]++;
        }
        return c;
    }

    private static void assertPixels(byte[] idx, int image, float[] row) {
        for (int p = 0; p < 784; p++) {
            assertEquals(idx[16 + image * 784 + p] & 0xff, (int) row[p], "image " + image + " pixel " + p);
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(Path... files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path f : files) {
            out.write(Files.readAllBytes(f));
        }
        return out.toByteArray();
    }
}
