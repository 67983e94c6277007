package arena.spec;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** "Did you mean" for near misses, by edit distance. */
public final class Suggestions {
    private Suggestions() { }

    /** The closest candidate within a distance that still looks like a typo, or null. */
    public static String closest(String given, Collection<String> candidates) {
        String g = given.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, g.length() / 3);
        return candidates.stream()
                .map(c -> new Object[] {c, distance(g, c.toLowerCase(Locale.ROOT))})
                .filter(p -> (int) p[1] <= limit)
                .min(Comparator.comparingInt(p -> (int) p[1]))
                .map(p -> (String) p[0])
                .orElse(null);
    }

    /** " (did you mean 'x'?)" or "". */
    public static String hint(String given, Collection<String> candidates) {
        String best = closest(given, candidates);
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
