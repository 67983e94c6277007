package arena.model;

import java.util.List;

import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import arena.data.NativeArrays;

/**
 * One inference-mode forward pass that serves every per-epoch measurement: the network's output,
 * each layer's activations (for diagnostics), and the per-row loss exactly as DL4J's output
 * layer defines it (without the l1/l2 penalty). Close it to free the activations.
 */
public final class ForwardPass implements AutoCloseable {
    private final MultiLayerNetwork net;
    private final List<INDArray> activations;

    private ForwardPass(MultiLayerNetwork net, List<INDArray> activations) {
        this.net = net;
        this.activations = activations;
    }

    public static ForwardPass of(MultiLayerNetwork net, INDArray features) {
        List<INDArray> acts = net.feedForward(features, false);
        net.clearLayersStates();
        return new ForwardPass(net, acts);
    }

    /** The network's output (the last layer's activations). */
    public INDArray output() {
        return activations.get(activations.size() - 1);
    }

    /** Frees every activation except the input, which belongs to the caller. */
    @Override
    public void close() {
        for (int i = 1; i < activations.size(); i++) {
            NativeArrays.close(activations.get(i));
        }
    }

    /** The activations of layer i (0-based, as DL4J numbers layers). */
    public INDArray layer(int i) {
        return activations.get(i + 1);
    }

    /** Mean of the per-row loss of the output layer against the targets. */
    public double meanLoss(INDArray targets) {
        int last = net.getnLayers() - 1;
        INDArray input = activations.get(last);
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        InputPreProcessor pre = net.getLayerWiseConfigurations().getInputPreProcess(last);
        if (pre != null) {
            input = pre.preProcess(input, (int) input.size(0), mgr);
        }
        IOutputLayer out = (IOutputLayer) net.getOutputLayer();
        out.setInput(input, mgr);
        out.setLabels(targets);
        INDArray perRow = out.computeScoreForExamples(0.0, mgr);
        INDArray asDouble = perRow.castTo(DataType.DOUBLE);
        double mean = asDouble.meanNumber().doubleValue();
        if (asDouble != perRow) {
            NativeArrays.close(asDouble);
        }
        out.clear();
        if (pre != null) {
            NativeArrays.close(input);
        }
        NativeArrays.close(perRow);
        return mean;
    }

    /** Row-major copy of a matrix into Java, in one bulk copy (element-wise reads cost a JNI call each). */
    public static double[][] rows(INDArray a) {
        int r = (int) a.rows();
        int c = (int) a.columns();
        INDArray asDouble = a.castTo(DataType.DOUBLE);
        INDArray packed = asDouble.dup('c');
        double[] flat = packed.data().asDouble();
        NativeArrays.close(packed);
        if (asDouble != a) {
            NativeArrays.close(asDouble);
        }
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++) {
            System.arraycopy(flat, i * c, out[i], 0, c);
        }
        return out;
    }

    /**
     * A layer's outputs as rows × units. Convolutional outputs [batch, channels, height, width]
     * become one row per (example, position) with a column per channel: a channel is a unit
     * that looks at every position, so a dead channel is one never positive anywhere.
     */
    public static double[][] unitRows(INDArray a) {
        if (a.rank() != 4) {
            return rows(a);
        }
        INDArray perPosition = a.permute(0, 2, 3, 1).dup('c');
        INDArray flat = perPosition.reshape('c', a.size(0) * a.size(2) * a.size(3), a.size(1));
        try {
            return rows(flat);
        } finally {
            NativeArrays.close(perPosition);
        }
    }

    public static double[] column(INDArray a, int column) {
        double[][] rows = rows(a);
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][column];
        }
        return out;
    }
}
