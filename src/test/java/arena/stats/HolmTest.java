package arena.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HolmTest {
    @Test
    void stepDownAdjustmentInInputOrder() {
        // sorted 0.005, 0.01, 0.03, 0.04 with m = 4: 4*0.005 = 0.02, 3*0.01 = 0.03, 2*0.03 = 0.06,
        // 1*0.04 = 0.04 lifted to the running max 0.06
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, adjusted, 1e-15);
    }

    @Test
    void capsAtOne() {
        // sorted 0.01, 0.2, 0.5, 0.9: 0.04, 0.6, min(1, 1.0) = 1.0, max(0.9, 1.0) = 1.0
        double[] adjusted = Holm.adjust(new double[] {0.2, 0.5, 0.01, 0.9});
        assertArrayEquals(new double[] {0.6, 1.0, 0.04, 1.0}, adjusted, 1e-15);
    }

    @Test
    void nanStaysNanAndDoesNotCountTowardM() {
        // same as adjusting [0.01, 0.04, 0.005] with m = 3: 3*0.005 = 0.015, 2*0.01 = 0.02, 1*0.04 = 0.04
        double[] adjusted = Holm.adjust(new double[] {0.01, Double.NaN, 0.04, 0.005});
        assertArrayEquals(new double[] {0.02, Double.NaN, 0.04, 0.015}, adjusted, 1e-15);
    }

    @Test
    void tiedPValuesGetTheSameAdjustment() {
        // sorted 0.01, 0.01, 0.02: 0.03, max(0.03, 0.02) = 0.03, max(0.03, 0.02) = 0.03
        assertArrayEquals(new double[] {0.03, 0.03, 0.03}, Holm.adjust(new double[] {0.02, 0.01, 0.01}), 1e-15);
    }

    @Test
    void singleAndEmpty() {
        assertArrayEquals(new double[] {0.2}, Holm.adjust(new double[] {0.2}), 0);
        assertArrayEquals(new double[0], Holm.adjust(new double[0]), 0);
        assertArrayEquals(new double[] {Double.NaN}, Holm.adjust(new double[] {Double.NaN}), 0);
    }

    @Test
    void rejectsValuesThatAreNotProbabilities() {
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {0.5, 1.5}));
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {-0.1}));
    }
}
