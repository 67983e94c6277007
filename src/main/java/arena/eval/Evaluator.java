package arena.eval;

import java.util.LinkedHashMap;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import arena.data.DataPart;
import arena.model.ForwardPass;
import arena.model.OutputEncoding;
import arena.model.Predictions;
import arena.spec.Task;

/**
 * Measures a network on one split: the training loss as DL4J defines it (mean per-row loss,
 * without the l1/l2 penalty) and the task's metrics.
 */
public final class Evaluator {
    private final OutputEncoding encoding;

    public Evaluator(OutputEncoding encoding) {
        this.encoding = encoding;
    }

    /** The labels the network is trained against for this split. */
    public INDArray targets(DataPart part) {
        return encoding.task() == Task.CLASSIFICATION ? encoding.encode(part.classes()) : part.targets().castTo(DataType.FLOAT);
    }

    public SplitEvaluation evaluate(MultiLayerNetwork net, DataPart part, INDArray targets, boolean full) {
        try (ForwardPass pass = ForwardPass.of(net, part.features())) {
            return evaluate(pass, part, targets, full);
        }
    }

    private SplitEvaluation evaluate(ForwardPass pass, DataPart part, INDArray targets, boolean full) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", pass.meanLoss(targets));
        INDArray output = pass.output();
        int[][] confusion = null;
        if (encoding.task() == Task.CLASSIFICATION) {
            Predictions p = encoding.decode(output);
            Map<String, Double> c = ClassificationMetrics.compute(part.classes(), p, encoding.numClasses());
            if (full) {
                m.putAll(c);
                confusion = ClassificationMetrics.confusion(part.classes(), p.predicted(), encoding.numClasses());
            } else {
                m.put("accuracy", c.get("accuracy"));
            }
        } else {
            Map<String, Double> r = RegressionMetrics.compute(ForwardPass.column(part.targets(), 0), ForwardPass.column(output, 0));
            if (full) {
                m.putAll(r);
            } else {
                m.put("rmse", r.get("rmse"));
                m.put("r2", r.get("r2"));
            }
        }
        return new SplitEvaluation(m, confusion);
    }

}
