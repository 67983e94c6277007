package arena.data;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

import arena.spec.Normalization;

/**
 * Feature scaling fitted on the training split only: x' = (x - shift) / scale. Columns that are
 * constant in the training rows get scale 1 (as scikit-learn does), never a tiny epsilon that
 * would blow up a test value. Standardize uses the population standard deviation.
 */
public record FeatureScaler(INDArray shift, INDArray scale) {

    public static FeatureScaler fit(INDArray train, Normalization normalization) {
        long columns = train.columns();
        return switch (normalization) {
            case NONE -> new FeatureScaler(Nd4j.zeros(train.dataType(), 1, columns), Nd4j.ones(train.dataType(), 1, columns));
            case PIXELS -> new FeatureScaler(Nd4j.zeros(train.dataType(), 1, columns), Nd4j.ones(train.dataType(), 1, columns).muli(255));
            case STANDARDIZE -> new FeatureScaler(train.mean(true, 0), nonZero(train.std(false, true, 0)));
            case MINMAX -> {
                INDArray min = train.min(true, 0);
                INDArray max = train.max(true, 0);
                INDArray range = nonZero(max.sub(min));
                NativeArrays.close(max);
                yield new FeatureScaler(min, range);
            }
        };
    }

    private static INDArray nonZero(INDArray scale) {
        BooleanIndexing.replaceWhere(scale, 1.0, Conditions.equals(0.0));
        return scale;
    }

    public INDArray apply(INDArray x) {
        return x.subRowVector(shift).diviRowVector(scale);
    }

    public void close() {
        NativeArrays.close(shift, scale);
    }
}
