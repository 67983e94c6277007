package arena.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import arena.data.NativeArrays;
import arena.data.TrialData;
import arena.eval.Evaluator;
import arena.eval.SplitEvaluation;
import arena.model.NetworkInput;
import arena.model.OutputEncoding;
import arena.spec.Task;
import arena.train.Trainer;

/** A trial's split held in memory, each part measured in one forward pass. */
final class LoadedInputs implements TrialInputs {
    private final TrialData td;
    private final Evaluator evaluator;
    private final INDArray trainTargets;
    private final INDArray validationTargets;

    LoadedInputs(TrialData td, OutputEncoding encoding) {
        this.td = td;
        this.evaluator = new Evaluator(encoding);
        this.trainTargets = evaluator.targets(td.train());
        this.validationTargets = td.validation() == null ? null : evaluator.targets(td.validation());
    }

    @Override
    public String name() {
        return td.name();
    }

    @Override
    public String sha256() {
        return td.sha256();
    }

    @Override
    public Task task() {
        return td.task();
    }

    @Override
    public List<String> classNames() {
        return td.classNames();
    }

    @Override
    public boolean testIsTrain() {
        return td.testIsTrain();
    }

    @Override
    public long trainRows() {
        return td.train().rows();
    }

    @Override
    public NetworkInput networkInput() {
        return NetworkInput.of(td);
    }

    @Override
    public INDArray probeSource() {
        return td.train().features();
    }

    @Override
    public Trainer.Batches batches(Trainer trainer) {
        return trainer.inMemory(td.train().features(), trainTargets);
    }

    @Override
    public Map<String, Double> epochMetrics(MultiLayerNetwork net) {
        Map<String, Double> m = new LinkedHashMap<>();
        TrialInputs.prefixed(m, "train", evaluator.evaluate(net, td.train(), trainTargets, false));
        if (td.validation() != null) {
            TrialInputs.prefixed(m, "validation", evaluator.evaluate(net, td.validation(), validationTargets, false));
        }
        return m;
    }

    @Override
    public Final finalMetrics(MultiLayerNetwork net) {
        Map<String, Double> m = new LinkedHashMap<>();
        TrialInputs.prefixed(m, "train", evaluator.evaluate(net, td.train(), trainTargets, true));
        if (td.validation() != null) {
            TrialInputs.prefixed(m, "validation", evaluator.evaluate(net, td.validation(), validationTargets, true));
        }
        INDArray testTargets = td.testIsTrain() ? trainTargets : evaluator.targets(td.test());
        SplitEvaluation t = evaluator.evaluate(net, td.test(), testTargets, true);
        if (testTargets != trainTargets) {
            NativeArrays.close(testTargets);
        }
        TrialInputs.prefixed(m, "test", t);
        return new Final(m, t.confusion());
    }

    @Override
    public void close() {
        // native memory is freed by hand: see NativeArrays
        NativeArrays.close(trainTargets, validationTargets);
        td.close();
    }
}
