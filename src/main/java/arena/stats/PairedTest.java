package arena.stats;

/**
 * The comparison of two paired samples (same seeds or same data sets), on d = x − y.
 *
 * @param n number of pairs
 * @param meanDiff mean of d (NaN when n = 0)
 * @param sdDiff sample standard deviation of d (n − 1; NaN when n &lt; 2)
 * @param ciLow lower end of the 95% Student t confidence interval of the mean difference
 * @param ciHigh upper end of that interval
 * @param t paired t statistic, meanDiff / (sdDiff / √n)
 * @param pT two-sided paired t p-value (= scipy.stats.ttest_rel(x, y).pvalue)
 * @param cohenDz Cohen's d for paired samples, meanDiff / sdDiff
 * @param wilcoxon the signed-rank test on the same differences, for when d is far from normal
 * @see PairedTests#compare(double[], double[]) for the degenerate cases
 */
public record PairedTest(int n, double meanDiff, double sdDiff, double ciLow, double ciHigh,
                         double t, double pT, double cohenDz, Wilcoxon.Result wilcoxon) { }
