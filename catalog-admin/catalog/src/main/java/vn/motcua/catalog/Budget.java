package vn.motcua.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Conversions between working days as written in decisions ("1.5") and stored quarter days. */
public final class Budget {

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

    public static BigDecimal daysOf(int quarters) {
        return BigDecimal.valueOf(quarters).divide(FOUR, 2, RoundingMode.UNNECESSARY).stripTrailingZeros();
    }
}
