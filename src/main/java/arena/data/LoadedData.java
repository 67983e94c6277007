package arena.data;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

import arena.spec.Task;

/**
 * A whole data set in memory, as read: features (rows × columns), and either class indices with
 * their names (classification) or a target column (regression). Shared read-only by all trials.
 * {@code sha256} is the content hash of the bytes read. Images keep their shape ({@code imageShape}:
 * channels, height, width; null for tables) so convolutional layers can see them as images. A data
 * set that comes with its own test set (MNIST's t10k files) has it in rows {@code testFrom}.. (-1: none).
 */
public record LoadedData(String name, String source, String sha256, Task task, INDArray features,
                         INDArray targets, int[] classes, List<String> classNames, List<String> featureNames,
                         int[] imageShape, int testFrom) {

    /** A table: no image shape, no predefined test set. */
    public static LoadedData table(String name, String source, String sha256, Task task, INDArray features, INDArray targets,
                                   int[] classes, List<String> classNames, List<String> featureNames) {
        return new LoadedData(name, source, sha256, task, features, targets, classes, classNames, featureNames, null, -1);
    }

    public boolean hasTestSet() {
        return testFrom >= 0;
    }

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
