package arena.data;

import java.util.Random;

/** Fisher-Yates with java.util.Random: the same sequence on every JVM and Java version. */
public final class Shuffle {
    private Shuffle() { }

    public static int[] permutation(int n, Random rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return shuffleInPlace(p, rng);
    }

    public static int[] shuffled(int[] values, Random rng) {
        return shuffleInPlace(values.clone(), rng);
    }

    private static int[] shuffleInPlace(int[] a, Random rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
