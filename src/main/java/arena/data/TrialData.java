package arena.data;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

import arena.spec.DataSpec;
import arena.spec.Task;

/**
 * The data one trial trains and is measured on: the seeded split, scaled with statistics of the
 * training rows only. With {@code split.test: 0} the test part is the training part
 * ({@code testIsTrain}), and reports say so.
 */
public record TrialData(String name, Task task, DataPart train, DataPart validation, DataPart test,
                        boolean testIsTrain, List<String> classNames, String sha256, int[] imageShape) {

    public static TrialData prepare(LoadedData data, DataSpec spec, long seed) {
        int[] imageShape = imageShape(data, spec);
        SplitIndices idx = Splitter.split(data, spec.split(), seed);
        if (idx.train().length == 0) {
            throw new DataException(data.source(), null, "no rows left to train on after the split");
        }
        INDArray trainRows = rows(data.features(), idx.train());
        FeatureScaler scaler = FeatureScaler.fit(trainRows, spec.normalize());
        NativeArrays.close(trainRows);
        DataPart train = part(data, idx.train(), scaler);
        DataPart validation = idx.validation().length == 0 ? null : part(data, idx.validation(), scaler);
        boolean testIsTrain = idx.test().length == 0;
        DataPart test = testIsTrain ? train : part(data, idx.test(), scaler);
        scaler.close();
        return new TrialData(data.name(), data.task(), train, validation, test, testIsTrain, data.classNames(), data.sha256(), imageShape);
    }

    /** The shape rows have as images (channels, height, width): given in the spec, or the files'; null for tables. */
    private static int[] imageShape(LoadedData data, DataSpec spec) {
        if (spec.imageShape() == null) {
            return data.imageShape();
        }
        int[] shape = spec.imageShape().stream().mapToInt(Integer::intValue).toArray();
        long pixels = (long) shape[0] * shape[1] * shape[2];
        if (pixels != data.columns()) {
            throw new DataException(data.source(), null, "imageShape " + spec.imageShape() + " has " + pixels
                    + " values per image, but the rows have " + data.columns() + " feature columns");
        }
        return shape;
    }

    /** Frees the split's arrays (the loaded data they were copied from stays). */
    public void close() {
        for (DataPart p : new DataPart[] {train, validation, test}) {
            if (p != null) {
                NativeArrays.close(p.features(), p.targets());
            }
        }
    }

    private static DataPart part(LoadedData data, int[] rows, FeatureScaler scaler) {
        INDArray raw = rows(data.features(), rows);
        INDArray features = scaler.apply(raw);
        NativeArrays.close(raw);
        if (data.task() == Task.CLASSIFICATION) {
            int[] classes = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                classes[i] = data.classes()[rows[i]];
            }
            return new DataPart(features, classes, null);
        }
        return new DataPart(features, null, rows(data.targets(), rows));
    }

    /**
     * The given rows, gathered in one native call: getRows costs about 0.3 ms per row in ND4J
     * M2.1 (a view per row), which made a 100,000-row split take half a minute.
     */
    private static INDArray rows(INDArray from, int[] rows) {
        if (rows.length == 0) {
            return from.getRows(rows);
        }
        return org.nd4j.linalg.factory.Nd4j.pullRows(from, 1, rows);
    }

    public int numClasses() {
        return classNames.size();
    }

    public int inputs() {
        return (int) train.features().columns();
    }
}
