package arena.spec;

import java.util.List;
import java.util.Map;

/** The output layer's activation and loss; defaults follow the task. */
public record OutputSpec(ActivationSpec activation, LossSpec loss) {

    static OutputSpec defaultFor(Task task) {
        return task == Task.CLASSIFICATION
                ? new OutputSpec(ActivationSpec.of("softmax"), LossSpec.MCXENT)
                : new OutputSpec(ActivationSpec.of("identity"), LossSpec.MSE);
    }

    static OutputSpec read(Section s, Task task) {
        OutputSpec fallback = defaultFor(task);
        ActivationSpec activation = s.value("activation", null, ActivationSpec::read);
        LossSpec loss = s.value("loss", null, LossSpec::read);
        s.finish();
        if (activation == null && loss != null) {
            activation = activationFor(loss, task);
        }
        OutputSpec out = new OutputSpec(activation != null ? activation : fallback.activation(),
                loss != null ? loss : fallback.loss());
        String problem = out.problem(task);
        if (problem != null) {
            throw new SpecException(s.pos(), s.path(), problem);
        }
        return out;
    }

    /** The output activation that goes with a loss when only the loss is given. */
    private static ActivationSpec activationFor(LossSpec loss, Task task) {
        return loss.defaultOutput() != null ? ActivationSpec.of(loss.defaultOutput()) : defaultFor(task).activation();
    }

    /** Why DL4J (or arithmetic) would reject this pair for the task, or null if it fits. */
    String problem(Task task) {
        String act = activation.name();
        String pair = act + " + " + loss.label();
        if (activation.isLayer()) {
            return act + " is a hidden-layer activation (a layer with learned parameters); the output layer needs a plain function such as "
                    + defaultFor(task).activation().name();
        }
        if (task == Task.REGRESSION && loss.classificationOnly()) {
            return "loss " + loss.label() + " is for classification; regression uses e.g. mse, l1, mean_absolute_error";
        }
        if (task == Task.REGRESSION && act.equals("softmax")) {
            return "softmax over a single regression output is always 1; use identity";
        }
        if (loss.needsSoftmax() && !act.equals("softmax")) {
            return pair + " does not fit: " + loss.label() + " needs a softmax output"
                    + (act.equals("sigmoid") ? " (for one sigmoid unit on binary data use xent)" : "");
        }
        if (loss.needsSigmoid() && !List.of("sigmoid", "hardsigmoid").contains(act)) {
            return pair + " does not fit: xent (binary cross-entropy) needs a sigmoid output"
                    + (act.equals("softmax") ? "; with softmax use mcxent" : "");
        }
        if (loss.needsProbabilities() && !loss.allowedOutputs().contains(act)) {
            return pair + " does not fit: " + loss.label() + " takes logarithms of the outputs, which must lie in (0, 1)";
        }
        if (loss.allowedOutputs() != null && !loss.allowedOutputs().contains(act)) {
            return pair + " does not fit: " + loss.label() + " needs outputs in the range of "
                    + String.join(", ", loss.allowedOutputs()) + " (it takes their logarithm)";
        }
        return null;
    }

    Map<String, Object> toMap(boolean canonical, Task task) {
        OutputSpec fallback = defaultFor(task);
        Canon c = new Canon(canonical);
        if (canonical) {
            c.put("activation", activation.canonical(), fallback.activation().canonical());
        } else {
            c.put("activation", activation.describe());
        }
        c.put("loss", loss.label(), fallback.loss().label());
        return c.map();
    }
}
