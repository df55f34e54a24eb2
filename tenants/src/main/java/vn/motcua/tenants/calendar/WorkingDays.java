package vn.motcua.tenants.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A time budget in working days, precise to a quarter day: the unit in which every procedure's
 * steps are budgeted (e.g. 0.5 day to receive, 5.5 days to appraise). Held as a whole number of
 * quarters so that budgets add up exactly, without binary fractions.
 *
 * <p>How long a quarter is in hours depends on the desk's office hours: see
 * {@link WorkingCalendar#durationOf(WorkingDays)}.
 */
public final class WorkingDays implements Comparable<WorkingDays> {

    public static final WorkingDays ZERO = new WorkingDays(0);

    private static final BigDecimal QUARTERS_PER_DAY = BigDecimal.valueOf(4);

    private final int quarters;

    private WorkingDays(int quarters) {
        if (quarters < 0) {
            throw new IllegalArgumentException(
                    "A budget of working days cannot be negative: " + quarters + " quarters");
        }
        this.quarters = quarters;
    }

    /** @throws IllegalArgumentException if {@code days} is negative or not a multiple of 0.25 */
    public static WorkingDays of(BigDecimal days) {
        if (days == null) {
            throw new IllegalArgumentException("A budget of working days is required");
        }
        if (days.signum() < 0) {
            throw new IllegalArgumentException(
                    "A budget of working days cannot be negative: " + days.toPlainString());
        }
        BigDecimal quarters = days.multiply(QUARTERS_PER_DAY);
        if (quarters.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("A budget of working days must be a multiple of a"
                    + " quarter day (0.25): " + days.toPlainString());
        }
        try {
            return new WorkingDays(quarters.intValueExact());
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException(
                    "A budget of working days is too large: " + days.toPlainString(), tooLarge);
        }
    }

    /** Parses "1.5", "0.25", "3". @throws IllegalArgumentException as {@link #of(BigDecimal)}, or if not a number */
    public static WorkingDays of(String days) {
        if (days == null || days.isBlank()) {
            throw new IllegalArgumentException("A budget of working days is required");
        }
        try {
            return of(new BigDecimal(days.trim()));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(
                    "A budget of working days must be a number such as 1.5: \"" + days + "\"", notANumber);
        }
    }

    /** @throws IllegalArgumentException as {@link #of(BigDecimal)}, or if not finite */
    public static WorkingDays of(double days) {
        if (!Double.isFinite(days)) {
            throw new IllegalArgumentException("A budget of working days must be finite: " + days);
        }
        return of(BigDecimal.valueOf(days));
    }

    public static WorkingDays ofDays(int days) {
        return ofQuarters(Math.multiplyExact(days, 4));
    }

    public static WorkingDays ofQuarters(int quarters) {
        return new WorkingDays(quarters);
    }

    public int quarters() {
        return quarters;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(quarters).divide(QUARTERS_PER_DAY, 2, RoundingMode.UNNECESSARY);
    }

    public WorkingDays plus(WorkingDays other) {
        return new WorkingDays(Math.addExact(quarters, other.quarters));
    }

    /** @throws IllegalArgumentException if {@code other} is larger than this budget */
    public WorkingDays minus(WorkingDays other) {
        if (other.quarters > quarters) {
            throw new IllegalArgumentException(
                    "Cannot take " + other + " working days from " + this);
        }
        return new WorkingDays(quarters - other.quarters);
    }

    public boolean isZero() {
        return quarters == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDays days && quarters == days.quarters;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(quarters);
    }

    @Override
    public int compareTo(WorkingDays other) {
        return Integer.compare(quarters, other.quarters);
    }

    /** "3", "1.5", "0.25": the form in which decisions write budgets. */
    @Override
    public String toString() {
        return toBigDecimal().stripTrailingZeros().toPlainString();
    }
}
