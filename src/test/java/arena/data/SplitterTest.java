package arena.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import arena.spec.Catalog;
import arena.spec.DataSource;
import arena.spec.SplitSpec;
import arena.spec.Task;

class SplitterTest {
    private static final LoadedData IRIS = DataSources.read(new DataSource.Bundled(Catalog.find("iris").orElseThrow()), Task.CLASSIFICATION);

    @Test
    void stratifiedSplitHoldsOutTheSameFractionOfEachClass() {
        SplitIndices s = Splitter.split(IRIS, new SplitSpec(0.2, 0.1, true), 1);
        assertEquals(30, s.test().length);
        assertEquals(15, s.validation().length);
        assertEquals(105, s.train().length);
        for (int k = 0; k < 3; k++) {
            int cls = k;
            assertEquals(10, Arrays.stream(s.test()).filter(i -> IRIS.classes()[i] == cls).count());
            assertEquals(5, Arrays.stream(s.validation()).filter(i -> IRIS.classes()[i] == cls).count());
        }
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.validation())), Arrays.stream(s.test()))
                .sorted().toArray();
        assertArrayEquals(IntStream.range(0, 150).toArray(), all, "every row in exactly one split");
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        SplitSpec spec = new SplitSpec(0.2, 0.0, false);
        assertArrayEquals(Splitter.split(IRIS, spec, 7).test(), Splitter.split(IRIS, spec, 7).test());
        assertFalse(Arrays.equals(Splitter.split(IRIS, spec, 7).test(), Splitter.split(IRIS, spec, 8).test()));
        assertEquals(30, Splitter.split(IRIS, spec, 7).test().length);
    }

    @Test
    void zeroTestFractionTrainsOnEverything() {
        SplitIndices s = Splitter.split(IRIS, new SplitSpec(0.0, 0.0, true), 1);
        assertEquals(150, s.train().length);
        assertEquals(0, s.test().length);
    }
}
