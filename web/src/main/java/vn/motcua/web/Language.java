package vn.motcua.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.List;
import java.util.Locale;

/**
 * The UIs speak Vietnamese unless the user picks English, whatever the browser asks for: the
 * staff of a Vietnamese desk should not get English because of a borrowed laptop. The choice is
 * kept in the HTTP session, where the servlets around the UI ({@link Logout}) read it too.
 */
public class Language {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    private static final String SESSION_KEY = Language.class.getName();

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(chosen()));
    }

    public static Locale chosen() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? VIETNAMESE : supported(session.getSession().getAttribute(SESSION_KEY));
    }

    /** The language chosen in the session of a request outside Vaadin. */
    public static Locale chosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? VIETNAMESE : supported(session.getAttribute(SESSION_KEY));
    }

    public static void choose(Locale locale) {
        VaadinSession.getCurrent().getSession().setAttribute(SESSION_KEY, locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    /** One of {@link #SUPPORTED}: {@code value} when it is one (by language), Vietnamese otherwise. */
    static Locale supported(Object value) {
        if (value instanceof Locale l) {
            return SUPPORTED.stream().filter(s -> s.getLanguage().equals(l.getLanguage())).findFirst().orElse(VIETNAMESE);
        }
        if (value instanceof String tag) {
            return supported(Locale.forLanguageTag(tag));
        }
        return VIETNAMESE;
    }
}
