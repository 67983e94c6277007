package arena.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import arena.spec.Normalization;

class FeatureScalerTest {
    // column 0: 1, 2, 3 (mean 2, population sd sqrt(2/3)); column 1 constant 5
    private final INDArray train = Nd4j.create(new double[][] {{1, 5}, {2, 5}, {3, 5}}).castTo(DataType.FLOAT);

    @Test
    void standardizeUsesTrainingStatisticsAndLeavesConstantColumnsUnscaled() {
        FeatureScaler s = FeatureScaler.fit(train, Normalization.STANDARDIZE);
        INDArray test = Nd4j.create(new double[][] {{4, 9}}).castTo(DataType.FLOAT);
        double sd = Math.sqrt(2.0 / 3.0);
        assertArrayEquals(new double[] {(4 - 2) / sd, 9 - 5}, s.apply(test).toDoubleVector(), 1e-5);
        assertArrayEquals(new double[] {-1 / sd, 0, 0, 0, 1 / sd, 0}, s.apply(train).ravel().toDoubleVector(), 1e-5);
    }

    @Test
    void minmaxMapsTheTrainingRangeToZeroOne() {
        FeatureScaler s = FeatureScaler.fit(train, Normalization.MINMAX);
        assertArrayEquals(new double[] {1.5, 4}, s.apply(Nd4j.create(new double[][] {{4, 9}}).castTo(DataType.FLOAT)).toDoubleVector(), 1e-6);
    }

    @Test
    void noneIsTheIdentity() {
        assertArrayEquals(train.ravel().toDoubleVector(), FeatureScaler.fit(train, Normalization.NONE).apply(train).ravel().toDoubleVector(), 0);
    }
}
