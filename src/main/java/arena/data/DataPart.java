package arena.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One split ready for a network: scaled features, and either class indices (classification)
 * or the target column (regression).
 */
public record DataPart(INDArray features, int[] classes, INDArray targets) {

    public int rows() {
        return (int) features.rows();
    }

    public boolean isEmpty() {
        return features == null || features.rows() == 0;
    }
}
