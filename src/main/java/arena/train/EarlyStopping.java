package arena.train;

import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import arena.data.NativeArrays;
import arena.spec.EarlyStoppingSpec;

/**
 * Watches one per-epoch metric: remembers the best epoch (and, to restore them, its weights) and
 * says when {@code patience} epochs in a row have not improved on it by more than minDelta.
 */
final class EarlyStopping implements AutoCloseable {
    private final EarlyStoppingSpec spec;
    private double best = Double.NaN;
    private int bestEpoch;
    private int since;
    private INDArray bestParams;

    EarlyStopping(EarlyStoppingSpec spec) {
        this.spec = spec;
    }

    /** Records an epoch's measurements; true when training should stop. */
    boolean afterEpoch(int epoch, Map<String, Double> values, MultiLayerNetwork net) {
        Double v = values.get(spec.metric());
        if (v == null || !Double.isFinite(v)) {
            return ++since >= spec.patience();
        }
        if (Double.isNaN(best) || spec.improves(v, best)) {
            best = v;
            bestEpoch = epoch;
            since = 0;
            if (spec.restoreBest()) {
                NativeArrays.close(bestParams);
                bestParams = net.params().dup();
            }
            return false;
        }
        return ++since >= spec.patience();
    }

    /** Puts the best epoch's weights back; returns that epoch (0 if nothing was restored). */
    int restore(MultiLayerNetwork net, int lastEpoch) {
        if (!spec.restoreBest() || bestParams == null || bestEpoch == lastEpoch) {
            return 0;
        }
        net.setParams(bestParams);
        return bestEpoch;
    }

    @Override
    public void close() {
        NativeArrays.close(bestParams);
    }
}
