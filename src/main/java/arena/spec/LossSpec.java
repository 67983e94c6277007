package arena.spec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** An output loss by DL4J's {@link LossFunction} name, plus what it demands of the output layer. */
public enum LossSpec {
    MSE(LossFunction.MSE, false, "mean over outputs of (y - ŷ)², averaged over examples (no ½ factor)"),
    L1(LossFunction.L1, false, "sum over outputs of |y - ŷ|"),
    L2(LossFunction.L2, false, "sum over outputs of (y - ŷ)²"),
    MEAN_ABSOLUTE_ERROR(LossFunction.MEAN_ABSOLUTE_ERROR, false, "mean over outputs of |y - ŷ|"),
    MEAN_ABSOLUTE_PERCENTAGE_ERROR(LossFunction.MEAN_ABSOLUTE_PERCENTAGE_ERROR, false, "mean of 100·|y - ŷ|/|y|"),
    MEAN_SQUARED_LOGARITHMIC_ERROR(LossFunction.MEAN_SQUARED_LOGARITHMIC_ERROR, false, "mean of (log(1+y) - log(1+ŷ))²; needs outputs ≥ 0 (softplus)"),
    POISSON(LossFunction.POISSON, false, "ŷ - y·log(ŷ); needs outputs > 0 (softplus)"),
    COSINE_PROXIMITY(LossFunction.COSINE_PROXIMITY, false, "negative cosine similarity of y and ŷ"),
    WASSERSTEIN(LossFunction.WASSERSTEIN, false, "mean of y·ŷ"),
    XENT(LossFunction.XENT, true, "binary cross-entropy; needs outputs in (0, 1): sigmoid"),
    MCXENT(LossFunction.MCXENT, true, "multi-class cross-entropy; needs softmax outputs"),
    NEGATIVELOGLIKELIHOOD(LossFunction.NEGATIVELOGLIKELIHOOD, true, "negative log likelihood (= mcxent in DL4J); needs softmax"),
    KL_DIVERGENCE(LossFunction.KL_DIVERGENCE, true, "Kullback-Leibler divergence of the class distributions"),
    HINGE(LossFunction.HINGE, true, "max(0, 1 - y·ŷ) with y in {-1, +1}; classes are coded ±1"),
    SQUARED_HINGE(LossFunction.SQUARED_HINGE, true, "max(0, 1 - y·ŷ)² with y in {-1, +1}; classes are coded ±1");

    private static final Map<String, LossSpec> ALIASES = Map.ofEntries(
            Map.entry("meansquarederror", MSE), Map.entry("squaredloss", MSE),
            Map.entry("mae", MEAN_ABSOLUTE_ERROR), Map.entry("mape", MEAN_ABSOLUTE_PERCENTAGE_ERROR),
            Map.entry("msle", MEAN_SQUARED_LOGARITHMIC_ERROR),
            Map.entry("binarycrossentropy", XENT), Map.entry("bce", XENT),
            Map.entry("crossentropy", MCXENT), Map.entry("categoricalcrossentropy", MCXENT),
            Map.entry("nll", NEGATIVELOGLIKELIHOOD), Map.entry("kld", KL_DIVERGENCE),
            Map.entry("cosine", COSINE_PROXIMITY));

    private final LossFunction dl4j;
    private final boolean classificationOnly;
    private final String meaning;

    LossSpec(LossFunction dl4j, boolean classificationOnly, String meaning) {
        this.dl4j = dl4j;
        this.classificationOnly = classificationOnly;
        this.meaning = meaning;
    }

    public LossFunction dl4j() {
        return dl4j;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String meaning() {
        return meaning;
    }

    public boolean classificationOnly() {
        return classificationOnly;
    }

    /** Multi-class cross-entropies: the outputs must be a softmax distribution. */
    public boolean needsSoftmax() {
        return this == MCXENT || this == NEGATIVELOGLIKELIHOOD;
    }

    /** Losses that take logarithms of the outputs: they must lie in (0, 1). */
    public boolean needsProbabilities() {
        return this == XENT || this == MCXENT || this == NEGATIVELOGLIKELIHOOD || this == KL_DIVERGENCE;
    }

    /**
     * Output activations whose range the loss can take (null: any). Poisson takes log(ŷ), so ŷ > 0;
     * MSLE takes log(1 + ŷ), so ŷ ≥ 0 keeps it finite.
     */
    public List<String> allowedOutputs() {
        return switch (this) {
            case XENT -> List.of("sigmoid", "hardsigmoid");
            case MCXENT, NEGATIVELOGLIKELIHOOD -> List.of("softmax");
            case KL_DIVERGENCE -> List.of("softmax", "sigmoid", "hardsigmoid");
            case POISSON -> List.of("softplus", "sigmoid", "softmax");
            case MEAN_SQUARED_LOGARITHMIC_ERROR -> List.of("softplus", "sigmoid", "softmax", "relu", "relu6");
            default -> null;
        };
    }

    /** The output activation that goes with this loss when only the loss is given, or null: the task's. */
    public String defaultOutput() {
        return switch (this) {
            case XENT -> "sigmoid";
            case MCXENT, NEGATIVELOGLIKELIHOOD, KL_DIVERGENCE -> "softmax";
            case POISSON, MEAN_SQUARED_LOGARITHMIC_ERROR -> "softplus";
            case HINGE, SQUARED_HINGE -> "identity";
            default -> null;
        };
    }

    public boolean needsSigmoid() {
        return this == XENT;
    }

    /** Hinge losses want classes coded -1/+1 instead of 0/1. */
    public boolean signedTargets() {
        return this == HINGE || this == SQUARED_HINGE;
    }

    public static Map<String, String> aliases() {
        Map<String, String> out = new LinkedHashMap<>();
        new TreeSet<>(ALIASES.keySet()).forEach(a -> out.put(a, ALIASES.get(a).label()));
        return out;
    }

    public static LossSpec read(YNode node, String key) {
        String given = Values.string(node, key);
        String n = Names.normalise(given);
        for (LossSpec l : values()) {
            if (Names.normalise(l.name()).equals(n)) {
                return l;
            }
        }
        if (ALIASES.containsKey(n)) {
            return ALIASES.get(n);
        }
        TreeSet<String> all = new TreeSet<>(ALIASES.keySet());
        Arrays.stream(values()).map(LossSpec::label).forEach(all::add);
        throw Values.error(node, key, "unknown loss '" + given + "'" + Suggestions.hint(given.toLowerCase(java.util.Locale.ROOT), all)
                + "; see 'arena list losses'");
    }

    public static List<LossSpec> all() {
        return List.of(values());
    }
}
