package vn.motcua.desk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the desk writes instants, statuses and lateness, in the user's language. */
final class Texts {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);

    private Texts() {
    }

    /** "HH:mm dd/MM/yyyy", Vietnam's time and date order; empty for null. */
    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "HH:mm dd/MM/yyyy (weekday)": where a citizen is told when to come. */
    static String day(Component c, Instant instant) {
        return instant == null ? "" : when(instant) + " (" + c.getTranslation("weekday." + instant.atZone(VIETNAM).getDayOfWeek().name()) + ")";
    }

    static String status(Component c, String status) {
        return status == null ? "" : c.getTranslation("status." + status);
    }

    /** The role's name, or the role as the engine wrote it when the desk has no name for it. */
    static String role(Component c, String role) {
        if (role == null) {
            return "";
        }
        String name = c.getTranslation("role." + role);
        return name.startsWith("!") ? role : name;
    }

    /**
     * A lateness badge: the text says it (early, on time, about to be late, late, paused) and the
     * colour repeats it, from Lumo's palette so a dark theme keeps it readable; empty for null.
     */
    static Span standing(Component c, String standing) {
        Span badge = new Span(standing == null ? "" : c.getTranslation("standing." + standing));
        if (standing != null) {
            badge.addClassNames("standing", "standing-" + standing.toLowerCase().replace('_', '-'));
        }
        return badge;
    }

    /** Office minutes as hours and minutes, "3 h 15". */
    static String minutes(long minutes) {
        return minutes / 60 + " h " + String.format("%02d", minutes % 60);
    }
}
