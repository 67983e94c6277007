package arena.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RanksTest {
    @Test
    void higherIsBetterGivesTheLargestRankOneAndAveragesTies() {
        // scipy.stats.rankdata([-0.9, -0.7, -0.9, -0.5, -0.7, -0.7]) = [1.5, 4.0, 1.5, 6.0, 4.0, 4.0]
        double[] ranks = Ranks.rank(new double[] {0.9, 0.7, 0.9, 0.5, 0.7, 0.7}, true);
        assertArrayEquals(new double[] {1.5, 4, 1.5, 6, 4, 4}, ranks, 0);
    }

    @Test
    void lowerIsBetterGivesTheSmallestRankOneAndAveragesTies() {
        // scipy.stats.rankdata([0.3, 0.1, 0.3, 0.2, 0.1]) = [4.5, 1.5, 4.5, 3.0, 1.5]
        double[] ranks = Ranks.rank(new double[] {0.3, 0.1, 0.3, 0.2, 0.1}, false);
        assertArrayEquals(new double[] {4.5, 1.5, 4.5, 3, 1.5}, ranks, 0);
    }

    @Test
    void allTiedShareTheMiddleRank() {
        assertArrayEquals(new double[] {2, 2, 2}, Ranks.rank(new double[] {5, 5, 5}, true), 0);
        assertArrayEquals(new double[] {2, 2, 2}, Ranks.rank(new double[] {5, 5, 5}, false), 0);
    }

    @Test
    void negativeAndPositiveZeroAreOneScore() {
        assertArrayEquals(new double[] {1.5, 1.5, 3}, Ranks.rank(new double[] {-0.0, 0.0, 1}, false), 0);
    }

    @Test
    void infinitiesRankAtTheEnds() {
        assertArrayEquals(new double[] {3, 1, 2}, Ranks.rank(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0}, true), 0);
    }

    @Test
    void emptyInputGivesNoRanks() {
        assertArrayEquals(new double[0], Ranks.rank(new double[0], true), 0);
    }

    @Test
    void nanIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Ranks.rank(new double[] {1, Double.NaN}, true));
    }
}
