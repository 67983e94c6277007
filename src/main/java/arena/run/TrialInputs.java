package arena.run;

import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import arena.eval.SplitEvaluation;
import arena.model.NetworkInput;
import arena.spec.Task;
import arena.train.Trainer;

/**
 * What a trial trains on and is measured on, whether its rows are held in memory
 * ({@link LoadedInputs}) or read from the file as they are used ({@link StreamedInputs}).
 */
interface TrialInputs extends AutoCloseable {
    String name();

    String sha256();

    Task task();

    List<String> classNames();

    boolean testIsTrain();

    long trainRows();

    NetworkInput networkInput();

    /** Rows the activation statistics are measured on. */
    INDArray probeSource();

    /** The trainer's mini-batches (its batch size and seed) over the training rows. */
    Trainer.Batches batches(Trainer trainer);

    /** The quick per-epoch measurements, prefixed: train.loss, train.accuracy, validation.* ... */
    Map<String, Double> epochMetrics(MultiLayerNetwork net);

    /** Every metric of every split, prefixed, and the test confusion matrix (null for regression). */
    Final finalMetrics(MultiLayerNetwork net);

    record Final(Map<String, Double> metrics, int[][] confusion) { }

    @Override
    void close();

    static void prefixed(Map<String, Double> into, String split, SplitEvaluation e) {
        e.metrics().forEach((k, v) -> {
            if (v != null && Double.isFinite(v)) {
                into.put(split + "." + k, v);
            }
        });
    }
}
