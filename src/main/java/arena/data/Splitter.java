package arena.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import arena.spec.SplitSpec;

/**
 * Seeded train/validation/test splits. The split depends only on the data and the seed, so every
 * group of a comparison sees the same rows for the same seed. Stratified splits hold out the same
 * fraction of each class (rounded per class).
 */
public final class Splitter {
    private Splitter() { }

    public static SplitIndices split(LoadedData data, SplitSpec spec, long seed) {
        Random rng = new Random(Seeds.derive(seed, Seeds.SPLIT));
        int pool = data.hasTestSet() ? data.testFrom() : data.rows();
        List<int[]> strata = spec.stratify() && data.classes() != null ? byClass(data, pool)
                : List.of(java.util.stream.IntStream.range(0, pool).toArray());
        double testFraction = data.hasTestSet() ? 0 : spec.test();
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int[] stratum : strata) {
            int[] rows = Shuffle.shuffled(stratum, rng);
            int nTest = count(rows.length, testFraction);
            int nValidation = count(rows.length, spec.validation());
            if (nTest + nValidation >= rows.length && rows.length > 1) {
                nValidation = Math.max(0, rows.length - 1 - nTest);
            }
            for (int i = 0; i < rows.length; i++) {
                (i < nTest ? test : i < nTest + nValidation ? validation : train).add(rows[i]);
            }
        }
        if (data.hasTestSet()) {
            java.util.stream.IntStream.range(data.testFrom(), data.rows()).forEach(test::add);  // the data set's own test set
        }
        return new SplitIndices(sorted(train), sorted(validation), sorted(test));
    }

    private static int count(int n, double fraction) {
        return fraction <= 0 ? 0 : (int) Math.round(n * fraction);
    }

    private static List<int[]> byClass(LoadedData data, int pool) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int k = 0; k < data.numClasses(); k++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < pool; i++) {
            lists.get(data.classes()[i]).add(i);
        }
        return lists.stream().map(Splitter::sorted).toList();
    }

    private static int[] sorted(List<Integer> list) {
        int[] out = list.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }
}
