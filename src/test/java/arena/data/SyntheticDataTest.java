package arena.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;

import arena.spec.Task;

class SyntheticDataTest {

    @Test
    void kindsAndDefaults() {
        assertEquals(List.of("xor", "circles", "moons", "spirals", "blobs"), SyntheticData.kinds());
        assertEquals(3, SyntheticData.defaultClasses("blobs"));
        assertEquals(2, SyntheticData.defaultClasses("spirals"));
        assertEquals(3, SyntheticData.generate("blobs", 30, 0.5, 1).numClasses());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xor", "circles", "moons", "spirals", "blobs"})
    void shapeNamesAndBalance(String kind) {
        int classes = SyntheticData.defaultClasses(kind);
        LoadedData d = SyntheticData.generate(kind, 1001, 0.1, classes, 7);
        assertEquals(kind, d.name());
        assertEquals(Task.CLASSIFICATION, d.task());
        assertEquals(DataType.FLOAT, d.features().dataType());
        assertArrayEquals(new long[] {1001, 2}, d.features().shape());
        assertEquals(List.of("x1", "x2"), d.featureNames());
        assertEquals(classes, d.numClasses());
        assertEquals("0", d.classNames().get(0));
        assertEquals(1001, d.classes().length);
        assertTrue(d.source().startsWith("synthetic:" + kind + "(samples=1001,noise=0.1"), d.source());
        assertEquals(64, d.sha256().length());
        assertBalanced(d.classes(), classes);
        assertFalse(d.hasTestSet());
    }

    @Test
    void moreArmsAndBlobsStayBalanced() {
        assertBalanced(SyntheticData.generate("spirals", 1000, 0, 3, 1).classes(), 3);
        assertBalanced(SyntheticData.generate("blobs", 1003, 0.3, 7, 1).classes(), 7);
    }

    private static void assertBalanced(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int c : labels) {
            counts[c]++;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int n : counts) {
            min = Math.min(min, n);
            max = Math.max(max, n);
        }
        assertTrue(max - min <= 1 && min > 0, java.util.Arrays.toString(counts));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xor", "circles", "moons", "spirals", "blobs"})
    void sameSeedSameDataOtherSeedOtherData(String kind) {
        LoadedData a = SyntheticData.generate(kind, 200, 0.2, 11);
        LoadedData b = SyntheticData.generate(kind, 200, 0.2, 11);
        LoadedData c = SyntheticData.generate(kind, 200, 0.2, 12);
        assertArrayEquals(a.features().toFloatMatrix(), b.features().toFloatMatrix());
        assertArrayEquals(a.classes(), b.classes());
        assertEquals(a.sha256(), b.sha256());
        assertFalse(java.util.Arrays.deepEquals(a.features().toFloatMatrix(), c.features().toFloatMatrix()));
        assertNotEquals(a.sha256(), c.sha256());
    }

    @Test
    void fingerprintFollowsEveryParameter() {
        String base = SyntheticData.generate("spirals", 200, 0.2, 2, 1).sha256();
        assertNotEquals(base, SyntheticData.generate("spirals", 201, 0.2, 2, 1).sha256());
        assertNotEquals(base, SyntheticData.generate("spirals", 200, 0.3, 2, 1).sha256());
        assertNotEquals(base, SyntheticData.generate("spirals", 200, 0.2, 3, 1).sha256());
        assertNotEquals(base, SyntheticData.generate("moons", 200, 0.2, 2, 1).sha256());
    }

    @Test
    void noiseIsDrawnFromJavaUtilRandomInRowOrder() {
        // java.util.Random's sequence is specified, so the same seed gives the same points on every
        // JVM; a change here means the generator changed and SyntheticData.VERSION must be bumped.
        java.util.Random rng = new java.util.Random(42);
        float[][] x = SyntheticData.generate("circles", 4, 0.1, 42).features().toFloatMatrix();
        assertEquals((float) (1 + 0.1 * rng.nextGaussian()), x[0][0]);
        assertEquals((float) (0.1 * rng.nextGaussian()), x[0][1]);
        assertEquals((float) (Math.cos(Math.PI) + 0.1 * rng.nextGaussian()), x[1][0]);
    }

    @Test
    void circlesHaveRadiiOneAndHalfWithoutNoise() {
        LoadedData d = SyntheticData.generate("circles", 101, 0, 3);
        float[][] x = d.features().toFloatMatrix();
        for (int i = 0; i < x.length; i++) {
            double r = Math.hypot(x[i][0], x[i][1]);
            assertEquals(d.classes()[i] == 0 ? 1.0 : 0.5, r, 1e-6, "row " + i);
        }
        // scikit-learn: n // 2 on the outer circle, the rest inside; both start at angle 0
        assertEquals(50, java.util.Arrays.stream(d.classes()).filter(c -> c == 0).count());
        assertArrayEquals(new float[] {1, 0}, x[0], 1e-6f);
        assertArrayEquals(new float[] {0.5f, 0}, x[50], 1e-6f);
    }

    @Test
    void moonsFollowTheMakeMoonsFormulaWithoutNoise() {
        int n = 10;   // 5 per moon, angles linspace(0, π, 5)
        LoadedData d = SyntheticData.generate("moons", n, 0, 3);
        float[][] x = d.features().toFloatMatrix();
        for (int j = 0; j < 5; j++) {
            double t = Math.PI * j / 4;
            assertArrayEquals(new float[] {(float) Math.cos(t), (float) Math.sin(t)}, x[j], 1e-6f, "outer " + j);
            assertEquals(0, d.classes()[j]);
            assertArrayEquals(new float[] {(float) (1 - Math.cos(t)), (float) (1 - Math.sin(t) - 0.5)}, x[5 + j], 1e-6f, "inner " + j);
            assertEquals(1, d.classes()[5 + j]);
        }
        assertArrayEquals(new float[] {-1, 0}, x[4], 1e-6f);   // the outer moon ends at (-1, 0)
        assertArrayEquals(new float[] {2, 0.5f}, x[9], 1e-6f); // the inner one at (2, 0.5)
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3, 5})
    void xorLabelsAreTheQuadrants(double noise) {
        LoadedData d = SyntheticData.generate("xor", 400, noise, 5);
        float[][] x = d.features().toFloatMatrix();
        int[] perQuadrant = new int[4];
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i][0] * x[i][1] < 0 ? 1 : 0, d.classes()[i], "row " + i);
            perQuadrant[(x[i][0] > 0 ? 0 : 1) + (x[i][1] > 0 ? 0 : 2)]++;
        }
        assertArrayEquals(new int[] {100, 100, 100, 100}, perQuadrant);
        if (noise == 0) {
            for (float[] p : x) {
                assertEquals(1, Math.abs(p[0]), 0);
                assertEquals(1, Math.abs(p[1]), 0);
            }
        }
    }

    @Test
    void spiralArmsAreRotatedCopies() {
        LoadedData d = SyntheticData.generate("spirals", 200, 0, 2, 1);
        float[][] x = d.features().toFloatMatrix();
        for (int j = 0; j < 100; j++) {   // two arms: each the other reflected through the origin
            assertEquals(-x[j][0], x[100 + j][0], 1e-6);
            assertEquals(-x[j][1], x[100 + j][1], 1e-6);
            assertEquals((j + 1) / 100.0, Math.hypot(x[j][0], x[j][1]), 1e-6);
        }
        assertEquals(1.0, Math.hypot(x[99][0], x[99][1]), 1e-6);
    }

    @Test
    void blobCentersSitOnTheCircle() {
        LoadedData d = SyntheticData.generate("blobs", 3000, 0.5, 4, 9);
        float[][] x = d.features().toFloatMatrix();
        double[][] sum = new double[4][2];
        for (int i = 0; i < x.length; i++) {
            sum[d.classes()[i]][0] += x[i][0];
            sum[d.classes()[i]][1] += x[i][1];
        }
        for (int c = 0; c < 4; c++) {
            double angle = 2 * Math.PI * c / 4;
            assertEquals(3 * Math.cos(angle), sum[c][0] / 750, 0.06, "class " + c);
            assertEquals(3 * Math.sin(angle), sum[c][1] / 750, 0.06, "class " + c);
        }
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of("spiral", 100, 0.1, 2, "unknown synthetic data set 'spiral' (did you mean 'spirals'?); known: xor, circles"),
                Arguments.of("xor", 100, 0.1, 3, "xor has exactly 2 classes, got 3"),
                Arguments.of("circles", 100, 0.1, 4, "circles has exactly 2 classes, got 4"),
                Arguments.of("moons", 100, 0.1, 1, "moons has exactly 2 classes, got 1"),
                Arguments.of("spirals", 100, 0.1, 1, "spirals needs at least 2 classes, got 1"),
                Arguments.of("blobs", 5, 0.1, 3, "blobs needs at least 2 samples per class (6 for 3 classes), got 5"),
                Arguments.of("moons", -1, 0.1, 2, "got -1"),
                Arguments.of("circles", 100, -0.1, 2, "noise is a standard deviation and must be a finite number >= 0, got -0.1"),
                Arguments.of("circles", 100, Double.NaN, 2, "got NaN"),
                Arguments.of("circles", 100, Double.POSITIVE_INFINITY, 2, "got Infinity"),
                Arguments.of("blobs", 20_000_000, 0.1, 3, "at most 10000000 samples"));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("badArguments")
    void badArgumentsAreExplained(String kind, int samples, double noise, int classes, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticData.generate(kind, samples, noise, classes, 1));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
