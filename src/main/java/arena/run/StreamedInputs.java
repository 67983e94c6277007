package arena.run;

import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import arena.data.NativeArrays;
import arena.data.StreamedCsv;
import arena.data.StreamedSplit;
import arena.data.StreamedSplit.Part;
import arena.eval.SplitAccumulator;
import arena.model.NetworkInput;
import arena.model.OutputEncoding;
import arena.spec.Task;
import arena.train.Trainer;

/**
 * A trial on a CSV read as it is used: every epoch is a pass over the file, and every round of
 * measurements another one, measuring all the parts it needs at once.
 */
final class StreamedInputs implements TrialInputs {
    /** Rows per forward pass when measuring: large enough to amortise the call, small enough to stay flat. */
    static final int MEASURE_BATCH = 4096;

    private final StreamedSplit split;
    private final OutputEncoding encoding;
    private final INDArray probe;

    StreamedInputs(StreamedSplit split, OutputEncoding encoding, int probeRows) {
        this.split = split;
        this.encoding = encoding;
        this.probe = split.firstTrainingRows(Math.max(1, probeRows));
    }

    private StreamedCsv csv() {
        return split.csv();
    }

    @Override
    public String name() {
        return csv().name();
    }

    @Override
    public String sha256() {
        return csv().sha256();
    }

    @Override
    public Task task() {
        return csv().task();
    }

    @Override
    public List<String> classNames() {
        return csv().classNames();
    }

    @Override
    public boolean testIsTrain() {
        return split.testIsTrain();
    }

    @Override
    public long trainRows() {
        return split.rows(Part.TRAIN);
    }

    @Override
    public NetworkInput networkInput() {
        return NetworkInput.flat(csv().columns());
    }

    @Override
    public INDArray probeSource() {
        return probe;
    }

    @Override
    public Trainer.Batches batches(Trainer trainer) {
        return new Trainer.Batches() {
            @Override
            public Iterator<DataSet> epoch(int epoch) {
                return new EpochBatches(split.trainingBatches(trainer.batchSize(), epoch));
            }

            @Override
            public boolean owned() {
                return true;
            }
        };
    }

    /** Training batches as DataSets, labels encoded for the output layer; closing it closes the file. */
    private final class EpochBatches implements Iterator<DataSet>, AutoCloseable {
        private final StreamedSplit.Batches batches;

        EpochBatches(StreamedSplit.Batches batches) {
            this.batches = batches;
        }

        @Override
        public boolean hasNext() {
            return batches.hasNext();
        }

        @Override
        public DataSet next() {
            StreamedSplit.Batch b = batches.next();
            return new DataSet(b.features(), labels(b));
        }

        @Override
        public void close() {
            batches.close();
        }
    }

    private INDArray labels(StreamedSplit.Batch b) {
        return b.classes() != null ? encoding.encode(b.classes()) : OutputEncoding.encodeTargets(b.targets());
    }

    @Override
    public Map<String, Double> epochMetrics(MultiLayerNetwork net) {
        Map<Part, SplitAccumulator> acc = measure(net, split.rows(Part.VALIDATION) > 0
                ? EnumSet.of(Part.TRAIN, Part.VALIDATION) : EnumSet.of(Part.TRAIN), false);
        Map<String, Double> m = new LinkedHashMap<>();
        TrialInputs.prefixed(m, "train", acc.get(Part.TRAIN).result());
        if (acc.containsKey(Part.VALIDATION)) {
            TrialInputs.prefixed(m, "validation", acc.get(Part.VALIDATION).result());
        }
        return m;
    }

    @Override
    public Final finalMetrics(MultiLayerNetwork net) {
        EnumSet<Part> parts = EnumSet.of(Part.TRAIN);
        if (split.rows(Part.VALIDATION) > 0) {
            parts.add(Part.VALIDATION);
        }
        if (!split.testIsTrain()) {
            parts.add(Part.TEST);
        }
        Map<Part, SplitAccumulator> acc = measure(net, parts, true);
        Map<String, Double> m = new LinkedHashMap<>();
        TrialInputs.prefixed(m, "train", acc.get(Part.TRAIN).result());
        if (acc.containsKey(Part.VALIDATION)) {
            TrialInputs.prefixed(m, "validation", acc.get(Part.VALIDATION).result());
        }
        var test = acc.get(split.testIsTrain() ? Part.TRAIN : Part.TEST).result();
        TrialInputs.prefixed(m, "test", test);
        return new Final(m, test.confusion());
    }

    /** One pass over the file measuring every given part. */
    private Map<Part, SplitAccumulator> measure(MultiLayerNetwork net, EnumSet<Part> parts, boolean full) {
        Map<Part, SplitAccumulator> acc = new java.util.EnumMap<>(Part.class);
        parts.forEach(p -> acc.put(p, new SplitAccumulator(encoding, full)));
        try (StreamedSplit.Batches batches = split.batches(parts, MEASURE_BATCH)) {
            while (batches.hasNext()) {
                StreamedSplit.Batch b = batches.next();
                acc.get(b.part()).add(net, b.features(), b.classes(), b.targets());
                NativeArrays.close(b.features());
            }
        }
        return acc;
    }

    @Override
    public void close() {
        NativeArrays.close(probe);
    }
}
