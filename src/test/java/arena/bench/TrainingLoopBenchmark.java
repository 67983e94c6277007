package arena.bench;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import arena.data.DataSources;
import arena.data.TrialData;
import arena.eval.Evaluator;
import arena.model.NetworkFactory;
import arena.model.OutputEncoding;
import arena.spec.ExperimentParser;
import arena.spec.ExperimentSpec;
import arena.spec.KeyOverride;
import arena.spec.Trial;
import arena.train.Trainer;

/**
 * Milliseconds per gradient step of the digits example's network, measured through the product's
 * own training loop (no per-epoch evaluation), after a warm-up. Prints one line per repetition.
 *
 * <pre>java -cp target/arena.jar:target/test-classes arena.bench.TrainingLoopBenchmark [file] [epochs] [reps]</pre>
 */
public final class TrainingLoopBenchmark {
    public static void main(String[] args) {
        String file = args.length > 0 ? args[0] : "experiments/activations-digits.yaml";
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ExperimentSpec spec = ExperimentParser.parse(java.nio.file.Path.of(file),
                List.of(KeyOverride.parse("training.epochs=" + epochs)));
        Trial trial = spec.trials().get(spec.trials().size() - 1);
        DataSources data = new DataSources();
        TrialData td = TrialData.prepare(data.load(trial.config().data().source(), trial.config().data().task()),
                trial.config().data(), trial.seed());
        OutputEncoding enc = OutputEncoding.of(trial.config().model().output(), td.task(), td.numClasses());
        INDArray targets = new Evaluator(enc).targets(td.train());
        System.out.printf("OMP_NUM_THREADS=%s, trial %s (%s), %d rows, batch %s%n", System.getenv("OMP_NUM_THREADS"),
                trial.id(), trial.group(), td.train().rows(), trial.config().training().batchSize().label());
        for (int r = 0; r <= reps; r++) {
            MultiLayerNetwork net = NetworkFactory.build(trial.config().model(), trial.config().training(), td.inputs(), enc, trial.seed());
            var run = new Trainer(trial.config().training().batchSize().resolve(td.train().rows()), epochs, trial.seed())
                    .train(net, td.train().features(), targets, (e, n) -> java.util.Map.of(), () -> false);
            System.out.printf("%s: %d steps, %.3f ms/step%n", r == 0 ? "warm-up" : "rep " + r, run.iterations(),
                    run.trainSeconds() * 1000 / run.iterations());
        }
    }
}
