package vn.motcua.catalog.version;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Conversions between working days as written in decisions ("1.5") and stored quarter days. */
public final class Budget {

    /**
     * The longest budget a procedure, a step or a posting may have, in working days (as a Bean
     * Validation bound, hence a string). Decisions set days or weeks (the longest of 71/QĐ-UBND is
     * 22); a due date is computed on the calendar of the year received and the two after
     * ({@code DossierClock}), which a year of working days stays within.
     */
    public static final String MAX_DAYS = "365";
    private static final BigDecimal LONGEST = new BigDecimal(MAX_DAYS);

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private Budget() {
    }

    public static int quartersOf(BigDecimal days) {
        BigDecimal quarters = days.multiply(FOUR);
        if (days.signum() < 0 || quarters.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a budget is a non-negative multiple of a quarter day: " + days.toPlainString());
        }
        return quarters.intValueExact();
    }

    /** What is wrong with {@code days} as a budget, or null when it is one; a negative budget is said as such. */
    public static Problem problemOf(BigDecimal days) {
        if (days.signum() < 0) {
            return Problem.NEGATIVE;
        }
        return days.multiply(FOUR).stripTrailingZeros().scale() > 0 || days.compareTo(LONGEST) > 0 ? Problem.NOT_QUARTERS : null;
    }

    /** Why a number of working days is not a budget. */
    public enum Problem {
        /** Less than zero: a budget must be positive (or zero). */
        NEGATIVE,
        /** Not a whole number of quarter days, or beyond {@link #MAX_DAYS}. */
        NOT_QUARTERS
    }

    public static BigDecimal daysOf(int quarters) {
        return BigDecimal.valueOf(quarters).divide(FOUR, 2, RoundingMode.UNNECESSARY).stripTrailingZeros();
    }
}
