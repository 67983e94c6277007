package arena.spec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The bundled data sets (files under data/, packed into the jar). */
public final class Catalog {
    private static final List<CatalogEntry> ENTRIES = List.of(
            CatalogEntry.csv("digits", "data/digits.csv", Task.CLASSIFICATION, "label", 0.2,
                    "1797 8×8 handwritten digits (64 pixels 0..16), 10 classes", "UCI Optical Recognition of Handwritten Digits, CC BY 4.0"),
            CatalogEntry.csv("iris", "data/iris.csv", Task.CLASSIFICATION, "label", 0.2,
                    "150 iris flowers, 4 measurements, 3 classes", "Fisher 1936 / UCI Iris, CC BY 4.0"),
            CatalogEntry.csv("wine", "data/wine.csv", Task.CLASSIFICATION, "label", 0.2,
                    "178 wines, 13 chemical features, 3 cultivars", "UCI Wine, CC BY 4.0"),
            CatalogEntry.csv("breast_cancer", "data/breast_cancer.csv", Task.CLASSIFICATION, "label", 0.2,
                    "569 tumours, 30 features, binary (0 malignant, 1 benign)", "UCI Breast Cancer Wisconsin (Diagnostic), CC BY 4.0"),
            CatalogEntry.csv("diabetes", "data/diabetes.csv", Task.REGRESSION, "target", 0.2,
                    "442 patients, 10 raw features, disease progression 25..346", "Efron et al. 2004, BSD-3-Clause"),
            CatalogEntry.csv("exam", "data/exam.csv", Task.REGRESSION, "exam", 0.0,
                    "8 students: study hours, sleep hours, quiz -> exam score (teaching example)", "lecture example"),
            CatalogEntry.csv("xor", "data/xor.csv", Task.CLASSIFICATION, "label", 0.0,
                    "the 4 points of exclusive-or, not linearly separable", "written for this project"),
            new CatalogEntry("fashion-mnist-small", CatalogEntry.Format.IDX, "data/fashion-mnist-small/", false, Task.CLASSIFICATION,
                    null, 0.0, "Fashion-MNIST subset: 6000 train + 1000 test 28×28 grey images, 10 classes",
                    "Zalando Research, Xiao et al. 2017, MIT"),
            new CatalogEntry("fashion-mnist", CatalogEntry.Format.IDX, "/usr/share/datasets/fashion-mnist/", true, Task.CLASSIFICATION,
                    null, 0.0, "full Fashion-MNIST: 60000 train + 10000 test (Debian package dataset-fashion-mnist)",
                    "Zalando Research, Xiao et al. 2017, MIT"));

    private Catalog() { }

    public static List<CatalogEntry> entries() {
        return ENTRIES;
    }

    public static Optional<CatalogEntry> find(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        return ENTRIES.stream().filter(e -> e.name().replace('_', '-').equals(n)).findFirst();
    }

    public static List<String> names() {
        return ENTRIES.stream().map(CatalogEntry::name).toList();
    }
}
