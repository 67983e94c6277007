package arena.stats;

/**
 * How much worse a metric may get before the regression gate fails, whatever the p-value says:
 * an absolute amount in the metric's units, or a percentage of the baseline's mean.
 *
 * @param amount   non-negative; a percentage when {@code relative}
 * @param relative true for "10%" (of |baseline mean|), false for "0.005"
 */
public record Tolerance(double amount, boolean relative) {

    public Tolerance {
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("tolerance must be a non-negative number, not " + amount);
        }
    }

    /** Reads "0.005" or "10%". */
    public static Tolerance parse(String text) {
        String t = text.strip();
        boolean relative = t.endsWith("%");
        String number = relative ? t.substring(0, t.length() - 1).strip() : t;
        double amount;
        try {
            amount = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tolerance '" + text + "' is not a number (write 0.005, or 10% for a share of the baseline mean)");
        }
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("tolerance '" + text + "' must be a non-negative number");
        }
        return new Tolerance(amount, relative);
    }

    /** The largest allowed worsening in the metric's units, given the baseline's mean. */
    public double limit(double baselineMean) {
        return relative ? amount / 100 * Math.abs(baselineMean) : amount;
    }

    /**
     * True when {@code worsening} (positive = worse) is beyond the limit. A worsening equal to the
     * limit is within it, also when decimal inputs such as 0.95 − 0.949 leave binary rounding behind.
     */
    public boolean exceededBy(double worsening, double baselineMean) {
        double limit = limit(baselineMean);
        return worsening - limit > 1e-12 * Math.max(1, Math.abs(baselineMean));
    }

    @Override
    public String toString() {
        String n = java.math.BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
        return relative ? n + "%" : n;
    }
}
