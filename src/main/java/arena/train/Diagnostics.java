package arena.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import arena.data.NativeArrays;
import arena.data.Seeds;
import arena.data.Shuffle;
import arena.model.ForwardPass;
import arena.spec.ActivationSpec;
import arena.spec.DiagnosticsSpec;

/**
 * One trial's diagnostics: gradient statistics from a listener on the network, and activation
 * statistics on a probe batch drawn once from the training rows with the trial's seed (its own
 * random stream, so the split, shuffling and weights are unchanged). Measured on the epochs the
 * spec asks for; the per-layer gradient ratio first / last hidden layer comes with them.
 */
public final class Diagnostics implements AutoCloseable {
    private final DiagnosticsSpec spec;
    private final List<ActivationSpec> hidden;
    private final int epochs;
    private final GradientStatistics gradients;
    private final INDArray probe;
    private long probeNanos;

    public Diagnostics(DiagnosticsSpec spec, List<ActivationSpec> hidden, int epochs, MultiLayerNetwork net, INDArray trainFeatures,
                       long seed) {
        this.spec = spec;
        this.hidden = List.copyOf(hidden);
        this.epochs = epochs;
        this.gradients = spec.gradients() ? new GradientStatistics(net.getnLayers()) : null;
        if (gradients != null) {
            gradients.setActive(spec.measures(1, epochs));
            net.addListeners(gradients);
        }
        this.probe = spec.activations() && !hidden.isEmpty() ? probe(trainFeatures, spec.probe(), seed) : null;
    }

    private static INDArray probe(INDArray features, int size, long seed) {
        int n = (int) features.rows();
        int[] rows = Shuffle.permutation(n, new Random(Seeds.derive(seed, Seeds.PROBE)));
        int[] chosen = java.util.Arrays.copyOf(rows, Math.min(size, n));
        java.util.Arrays.sort(chosen);
        return Nd4j.pullRows(features, 1, chosen);
    }

    /** The epoch's diagnostics (empty on epochs not measured). */
    public Map<String, Double> afterEpoch(int epoch, MultiLayerNetwork net) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (gradients != null) {
            gradients.setActive(spec.measures(epoch + 1, epochs));
        }
        if (!spec.measures(epoch, epochs)) {
            return out;
        }
        if (gradients != null) {
            out.putAll(gradients.drain());
            Double ratio = gradRatio(out);
            if (ratio != null) {
                out.put("diag.gradRatio", ratio);
            }
        }
        if (probe != null) {
            long t0 = System.nanoTime();
            try (ForwardPass pass = ForwardPass.of(net, probe)) {
                for (int i = 0; i < hidden.size(); i++) {
                    out.putAll(ActivationStatistics.of(ForwardPass.unitRows(pass.layer(i)), hidden.get(i), spec.saturation(), i));
                }
            }
            probeNanos += System.nanoTime() - t0;
        }
        return out;
    }

    /**
     * First over last hidden layer with weights: how much smaller the gradient is at the input end.
     * Layers without weights (pooling, dropout, batch norm) and PReLU slopes are passed over.
     */
    private Double gradRatio(Map<String, Double> measured) {
        Double first = null;
        Double last = null;
        int weighted = 0;
        for (int i = 0; i < hidden.size(); i++) {
            Double norm = measured.get("diag.gradNorm.layer" + i);
            if (norm != null && !hidden.get(i).name().equals("prelu")) {
                first = first == null ? norm : first;
                last = norm;
                weighted++;
            }
        }
        return weighted >= 2 && last > 0 ? first / last : null;
    }

    /** Time inside fit spent on gradient statistics; training time leaves it out. */
    public long listenerNanos() {
        return gradients == null ? 0 : gradients.nanos();
    }

    public long probeNanos() {
        return probeNanos;
    }

    public double seconds() {
        return (listenerNanos() + probeNanos) / 1e9;
    }

    @Override
    public void close() {
        NativeArrays.close(probe);
    }
}
