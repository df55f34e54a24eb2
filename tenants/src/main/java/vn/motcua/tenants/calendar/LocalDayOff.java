package vn.motcua.tenants.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day a tenant closes its desks on top of the national days off — a provincial anniversary, a
 * local festival, an office move — with the reason shown on the calendar.
 */
public record LocalDayOff(LocalDate date, String reason) {

    public LocalDayOff {
        Objects.requireNonNull(date, "date");
        reason = reason == null || reason.isBlank() ? null : reason.trim();
    }
}
