package vn.motcua.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import vn.motcua.tenants.time.Vietnam;
import vn.motcua.web.FieldErrors;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats and small helpers the calendar, service-day and adoption screens share. */
public final class Texts {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Vietnam.ZONE);

    private Texts() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "HH:mm dd/MM/yyyy (weekday)" in Vietnam's time. */
    public static String when(Component c, Instant instant) {
        return WHEN.format(instant) + " (" + weekday(c, instant.atZone(Vietnam.ZONE).getDayOfWeek()) + ")";
    }

    public static String weekday(Component c, DayOfWeek day) {
        return c.getTranslation("weekday." + day.name());
    }

    /** Shows {@code text} as the field's error, keeping the first one when several concern it. */
    public static void error(HasValidation field, String text) {
        FieldErrors.error(field, text);
    }

    public static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            FieldErrors.clear(field);
        }
    }
}
