package arena.data;

import java.util.Random;

/**
 * The geometry of the synthetic data sets: clean points per class, then Gaussian noise of standard
 * deviation {@code noise} on each coordinate. Rows come grouped by class in generation order (the
 * splitter shuffles); every random draw comes from the one {@link Random}, so a seed gives the same
 * points on every JVM.
 */
final class SyntheticShapes {
    /** Where the blob centers sit: far enough apart that unit-noise blobs barely overlap. */
    static final double BLOB_RADIUS = 3;
    /** Turns each spiral arm makes from the center to radius 1 (as in the TensorFlow playground). */
    static final double SPIRAL_TURNS = 1.75;

    private SyntheticShapes() { }

    /** Generates the points of one kind, {@code sizes[c]} of class c. */
    @FunctionalInterface
    interface Shape {
        Points make(int[] sizes, double noise, Random rng);
    }

    /** Coordinates and class of every point, row i being (x1[i], x2[i]) with class label[i]. */
    record Points(double[] x1, double[] x2, int[] label) {
        Points(int n) {
            this(new double[n], new double[n], new int[n]);
        }
    }

    /**
     * How many points each class gets: equal shares, the remainder going to the last classes, which
     * for two classes is scikit-learn's split (n // 2 outer, the rest inner).
     */
    static int[] classSizes(int samples, int classes) {
        int[] sizes = new int[classes];
        for (int c = 0; c < classes; c++) {
            sizes[c] = samples / classes + (c >= classes - samples % classes ? 1 : 0);
        }
        return sizes;
    }

    /** Four clusters at (±1, ±1); class 1 where the signs differ (the XOR of the two signs). */
    static Points xor(int[] sizes, double noise, Random rng) {
        Points p = new Points(sizes[0] + sizes[1]);
        int row = 0;
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < sizes[c]; j++, row++) {
                double cx = j % 2 == 0 ? 1 : -1;   // alternate the class's two clusters so they are balanced too
                double cy = c == 0 ? cx : -cx;
                // Redraw jitter that would cross an axis: the label is the quadrant, so noise must not
                // flip it (at least one draw in four stays, whatever the noise).
                double x;
                double y;
                do {
                    x = cx + noise * rng.nextGaussian();
                    y = cy + noise * rng.nextGaussian();
                } while (Math.signum(x) != cx || Math.signum(y) != cy);
                set(p, row, x, y, c);
            }
        }
        return p;
    }

    /** scikit-learn's make_circles(factor=0.5): class 0 on the unit circle, class 1 on radius 0.5. */
    static Points circles(int[] sizes, double noise, Random rng) {
        Points p = new Points(sizes[0] + sizes[1]);
        int row = 0;
        for (int c = 0; c < 2; c++) {
            double radius = c == 0 ? 1 : 0.5;
            for (int j = 0; j < sizes[c]; j++, row++) {
                double t = 2 * Math.PI * j / sizes[c];   // linspace(0, 2π, n, endpoint=False)
                set(p, row, radius * Math.cos(t), radius * Math.sin(t), c);
            }
        }
        return addNoise(p, noise, rng);
    }

    /**
     * scikit-learn's make_moons: class 0 the upper half of the unit circle, class 1 the lower half
     * shifted to (1, 0.5), so each moon reaches into the other's hollow.
     */
    static Points moons(int[] sizes, double noise, Random rng) {
        Points p = new Points(sizes[0] + sizes[1]);
        int row = 0;
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < sizes[c]; j++, row++) {
                double t = sizes[c] == 1 ? 0 : Math.PI * j / (sizes[c] - 1);   // linspace(0, π, n)
                if (c == 0) {
                    set(p, row, Math.cos(t), Math.sin(t), c);
                } else {
                    set(p, row, 1 - Math.cos(t), 1 - Math.sin(t) - 0.5, c);
                }
            }
        }
        return addNoise(p, noise, rng);
    }

    /**
     * k spiral arms out to radius 1, arm c turned by 2πc/k; for two arms the classic two-spirals
     * problem (each arm the other reflected through the origin). The first point of an arm is one
     * step out from the center, so arms never share a point.
     */
    static Points spirals(int[] sizes, double noise, Random rng) {
        Points p = new Points(total(sizes));
        int row = 0;
        for (int c = 0; c < sizes.length; c++) {
            for (int j = 0; j < sizes[c]; j++, row++) {
                double s = (j + 1.0) / sizes[c];
                double t = SPIRAL_TURNS * 2 * Math.PI * s + 2 * Math.PI * c / sizes.length;
                set(p, row, s * Math.cos(t), s * Math.sin(t), c);
            }
        }
        return addNoise(p, noise, rng);
    }

    /**
     * k isotropic Gaussian blobs with centers evenly on a circle of radius 3; their spread is the
     * noise (at noise 0 every point sits on its center).
     */
    static Points blobs(int[] sizes, double noise, Random rng) {
        Points p = new Points(total(sizes));
        int row = 0;
        for (int c = 0; c < sizes.length; c++) {
            double angle = 2 * Math.PI * c / sizes.length;
            for (int j = 0; j < sizes[c]; j++, row++) {
                set(p, row, BLOB_RADIUS * Math.cos(angle), BLOB_RADIUS * Math.sin(angle), c);
            }
        }
        return addNoise(p, noise, rng);
    }

    private static Points addNoise(Points p, double noise, Random rng) {
        if (noise > 0) {
            for (int i = 0; i < p.label().length; i++) {
                p.x1()[i] += noise * rng.nextGaussian();
                p.x2()[i] += noise * rng.nextGaussian();
            }
        }
        return p;
    }

    private static void set(Points p, int row, double x, double y, int label) {
        p.x1()[row] = x;
        p.x2()[row] = y;
        p.label()[row] = label;
    }

    private static int total(int[] sizes) {
        int n = 0;
        for (int s : sizes) {
            n += s;
        }
        return n;
    }
}
