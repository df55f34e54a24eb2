package vn.motcua.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Locale;

/**
 * The UIs speak Vietnamese unless the user picks English, whatever the browser asks for: the
 * staff of a Vietnamese desk should not get English because of a borrowed laptop.
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
        Object locale = session == null ? null : session.getAttribute(SESSION_KEY);
        return locale instanceof Locale l ? l : VIETNAMESE;
    }

    public static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
