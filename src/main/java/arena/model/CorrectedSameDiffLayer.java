package arena.model;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.samediff.DL4JSameDiffMemoryMgr;
import org.deeplearning4j.nn.layers.samediff.SameDiffLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.autodiff.samediff.array.SingleThreadArrayHolder;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.common.primitives.Pair;
import org.nd4j.common.util.ArrayUtil;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J 1.0.0-M2.1's runtime SameDiff layer, corrected so that a SameDiff layer can stand in for a
 * dense one:
 * <ul>
 * <li><b>Gradients.</b> DL4J feeds the incoming error ε through an {@code ExternalErrorsFunction},
 * whose gradient SameDiff M2.1 adds to itself ({@code add(out-grad, out-grad)} in the gradient
 * graph): every parameter gradient and the error passed down come out doubled. Here the graph gets
 * the scalar L = Σ out ⊙ ε as its loss instead, whose gradients are exactly Σ ε ∂out/∂θ.</li>
 * <li><b>Dropout.</b> The original ignores the layer's input dropout; here it is applied in
 * training, and its mask to the error sent back, as {@code BaseLayer} does.</li>
 * <li><b>setParam.</b> The original checks the shape and drops the value; here it is copied.</li>
 * <li><b>stdout.</b> Building the gradient graph no longer prints a line per op to System.out.</li>
 * </ul>
 * Forward inference and parameter handling are DL4J's.
 */
public final class CorrectedSameDiffLayer extends SameDiffLayer {
    private static final String EPSILON_KEY = "epsilon";
    private static final String LOSS_KEY = "epsilonWeightedOutput";
    private static final Object STDOUT_SWAP = new Object();

    private CorrectedSameDiffLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** What {@code conf.layers.samediff.SameDiffLayer.instantiate} does, with this class. */
    static CorrectedSameDiffLayer create(NeuralNetConfiguration conf, int layerIndex, INDArray paramsView,
                                         boolean initializeParams, DataType dataType) {
        CorrectedSameDiffLayer layer = new CorrectedSameDiffLayer(conf, dataType);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(paramsView);
        layer.setParamTable(conf.getLayer().initializer().init(conf, paramsView, initializeParams));
        layer.setConf(conf);
        return layer;
    }

    private org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer config() {
        return (org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer) layerConf();
    }

    /** DL4J's graph (input and mask placeholders, parameters bound to their views), plus ε and L. */
    @Override
    protected void doInit() {
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            sameDiff = SameDiff.create();
            // as DL4J: single-thread holders so the variables can be views of the network's parameters
            sameDiff.setArrayHolders(new SingleThreadArrayHolder(), new SingleThreadArrayHolder(), false);
            long[] inputShape = input.shape().clone();
            inputShape[0] = -1;
            SDVariable in = sameDiff.placeHolder(INPUT_KEY, dataType, inputShape);
            Map<String, SDVariable> params = new LinkedHashMap<>();
            config().getLayerParams().getParamShapes().forEach((name, shape) -> params.put(name, sameDiff.var(name, dataType, shape)));
            SDVariable mask = sameDiff.placeHolder(MASK_KEY, dataType, ArrayUtil.nTimes((long) inputShape.length, -1));
            outputVar = config().defineLayer(sameDiff, in, params, mask);
            outputKey = outputVar.name();
            paramTable.forEach((name, array) -> sameDiff.associateArrayWithVariable(array, sameDiff.getVariable(name)));

            SDVariable epsilon = sameDiff.var(EPSILON_KEY, VariableType.PLACEHOLDER, null, dataType);
            sameDiff.setLossVariables(outputVar.mul(epsilon).sum(LOSS_KEY));
        }
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        applyDropOutIfNecessary(training, workspaceMgr);   // replaces input by the dropped-out input
        return super.activate(training, workspaceMgr);
    }

    /** DL4J's backprop with workspaces as there, ε fed to the loss above instead of to external errors. */
    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            if (sameDiff == null) {
                doInit();
            }
            if (!sameDiff.hasGradientFunction()) {
                createGradFunctionQuietly();   // scoped out: its arrays must outlive workspaces
            }
        }
        Map<Long, InferenceSession> sessions = sameDiff.getFunction("grad").getSessions();
        long thread = Thread.currentThread().getId();
        if (!sessions.containsKey(thread)) {
            sessions.put(thread, SameDiff.getInferenceFactory().create(sameDiff.getFunction("grad")));
        }
        sessions.get(thread).setMmgr(new DL4JSameDiffMemoryMgr(
                workspaceMgr.getWorkspaceName(ArrayType.BP_WORKING_MEM), workspaceMgr.getWorkspaceName(ArrayType.ACTIVATION_GRAD),
                workspaceMgr.getConfiguration(ArrayType.BP_WORKING_MEM), workspaceMgr.getConfiguration(ArrayType.ACTIVATION_GRAD)));

        config().validateInput(input);
        Map<String, INDArray> placeholders = new HashMap<>();
        placeholders.put(INPUT_KEY, input);
        placeholders.put(EPSILON_KEY, epsilon);
        placeholders.put(MASK_KEY, maskArray != null ? maskArray : layerConf().onesMaskForInput(input));

        List<String> wanted = new ArrayList<>(paramTable.size() + 1);
        wanted.add(INPUT_KEY);
        wanted.addAll(paramTable.keySet());
        Map<String, INDArray> grads = sameDiff.calculateGradients(placeholders, wanted);

        Gradient g = new DefaultGradient();
        for (String name : paramTable.keySet()) {
            INDArray view = gradTable.get(name);   // a view of the network's flattened gradient
            view.assign(grads.get(name));
            g.gradientForVariable().put(name, view);
        }
        INDArray epsilonOut = workspaceMgr.dup(ArrayType.ACTIVATION_GRAD, grads.get(INPUT_KEY));

        // as DL4J: no out-of-scope array may stay referenced by the graph
        sameDiff.clearPlaceholders(true);
        sameDiff.clearOpInputs();

        backpropDropOutIfPresent(epsilonOut);   // in place: dropped inputs get no gradient
        return new Pair<>(g, epsilonOut);
    }

    /**
     * SameDiff M2.1's createGradFunction prints "Added differentiated op ..." to System.out for
     * every op, and arena's stdout carries results. Only those lines are dropped; anything another
     * thread prints meanwhile passes through. The lock keeps concurrent swaps from leaving a filter behind.
     */
    private void createGradFunctionQuietly() {
        synchronized (STDOUT_SWAP) {
            PrintStream original = System.out;
            System.setOut(new PrintStream(original, true) {
                @Override
                public void println(String line) {
                    if (line == null || !line.startsWith("Added differentiated op ")) {
                        super.println(line);
                    }
                }
            });
            try {
                sameDiff.createGradFunction(INPUT_KEY);
            } finally {
                System.setOut(original);
            }
        }
    }

    @Override
    public void setParam(String key, INDArray val) {
        super.setParam(key, val);                          // validates key and shape only
        getParam(key).assign(val);
    }
}
