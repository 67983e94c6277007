package arena.data;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

import arena.spec.Task;

/**
 * A whole data set in memory, as read: features (rows × columns), and either class indices with
 * their names (classification) or a target column (regression). Shared read-only by all trials.
 * {@code sha256} is the content hash of the bytes read.
 */
public record LoadedData(String name, String source, String sha256, Task task, INDArray features,
                         INDArray targets, int[] classes, List<String> classNames, List<String> featureNames) {

    public int rows() {
        return (int) features.rows();
    }

    public int columns() {
        return (int) features.columns();
    }

    public int numClasses() {
        return classNames.size();
    }
}
