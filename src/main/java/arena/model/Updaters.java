package arena.model;

import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.AdaBelief;
import org.nd4j.linalg.learning.config.AdaDelta;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

import java.util.LinkedHashMap;
import java.util.Map;

import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

import arena.spec.OptimizerSpec;
import arena.spec.ScheduleSpec;
import arena.spec.TrainingSpec;

/** An {@link OptimizerSpec} as a DL4J updater, with the learning-rate schedule when there is one. */
public final class Updaters {
    private Updaters() { }

    public static IUpdater of(TrainingSpec training) {
        IUpdater u = of(training.optimizer());
        if (training.schedule() != null && training.schedule().varies()) {
            double lr = training.optimizer().param("learningRate");
            u.setLrAndSchedule(lr, schedule(training.schedule(), lr, training.epochs()));
        }
        return u;
    }

    /** DL4J's own schedules where one matches; cosine annealing, which DL4J lacks, as a per-epoch table. */
    static ISchedule schedule(ScheduleSpec s, double lr, int epochs) {
        return switch (s.type()) {
            case "step" -> new StepSchedule(ScheduleType.EPOCH, lr, s.factor(), s.every());
            case "exponential" -> new ExponentialSchedule(ScheduleType.EPOCH, lr, s.gamma());
            default -> {
                Map<Integer, Double> values = new LinkedHashMap<>();
                for (int e = 0; e < epochs; e++) {
                    values.put(e, s.rate(lr, e, epochs));
                }
                yield new MapSchedule(ScheduleType.EPOCH, values);
            }
        };
    }

    public static IUpdater of(OptimizerSpec o) {
        return switch (o.kind()) {
            case SGD -> new Sgd(o.param("learningRate"));
            case MOMENTUM -> new Momentum(o.param("learningRate"), o.param("momentum"));
            case NESTEROVS -> new Nesterovs(o.param("learningRate"), o.param("momentum"));
            case ADAM -> new Adam(o.param("learningRate"), o.param("beta1"), o.param("beta2"), o.param("epsilon"));
            case ADAMAX -> new AdaMax(o.param("learningRate"), o.param("beta1"), o.param("beta2"), o.param("epsilon"));
            case NADAM -> Nadam.builder().learningRate(o.param("learningRate")).beta1(o.param("beta1"))
                    .beta2(o.param("beta2")).epsilon(o.param("epsilon")).build();
            case AMSGRAD -> new AMSGrad(o.param("learningRate"), o.param("beta1"), o.param("beta2"), o.param("epsilon"));
            case ADABELIEF -> AdaBelief.builder().learningRate(o.param("learningRate")).beta1(o.param("beta1"))
                    .beta2(o.param("beta2")).epsilon(o.param("epsilon")).build();
            case RMSPROP -> new RmsProp(o.param("learningRate"), o.param("rmsDecay"), o.param("epsilon"));
            case ADAGRAD -> new AdaGrad(o.param("learningRate"), o.param("epsilon"));
            case ADADELTA -> AdaDelta.builder().rho(o.param("rho")).epsilon(o.param("epsilon")).build();
        };
    }
}
