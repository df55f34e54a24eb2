package vn.motcua.it;

import com.microsoft.playwright.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opens each screen of a UI as its user on the common office laptop (1366×768) and on a tablet
 * (800×1280), takes a screenshot (target/screenshots) and collects what {@link Layout} finds wrong.
 */
final class LayoutTour {

    record Size(String name, int width, int height) {
    }

    /** One screen: who opens it, at which path, and what to do until it shows what is to be checked. */
    record Screen(String name, String user, String path, Consumer<Page> open) {
    }

    static final List<Size> SIZES = List.of(new Size("laptop", 1366, 768), new Size("tablet", 800, 1280));

    private LayoutTour() {
    }

    /**
     * The problems of every screen at every size, each prefixed by its screenshot's name
     * ({@code <shotPrefix>-<language>-<size>-<screen>}); {@code toEnglish} switches a fresh
     * session's UI to English when {@code language} is "en".
     */
    static List<String> problems(Browser browser, String app, String shotPrefix, String language, List<Screen> screens,
                                 Consumer<Page> toEnglish) {
        List<String> problems = new ArrayList<>();
        String user = null;
        Page page = null;
        for (Screen screen : screens) {
            if (!screen.user().equals(user)) {
                if (page != null) {
                    page.context().close();
                }
                user = screen.user();
                page = browser.loggedIn(user, app);
                page.setDefaultTimeout(15_000);
                if (language.equals("en")) {
                    toEnglish.accept(page);
                }
            }
            for (Size size : SIZES) {
                page.setViewportSize(size.width(), size.height());
                page.navigate(TestStackSession.baseUrl() + screen.path());
                String shot = shotPrefix + "-" + language + "-" + size.name() + "-" + screen.name();
                try {
                    screen.open().accept(page);
                } catch (RuntimeException e) {
                    Browser.screenshot(page, shot);
                    problems.add(shot + ": did not open: " + e.getMessage().lines().findFirst().orElse(""));
                    continue;
                }
                Browser.screenshot(page, shot);
                Layout.problems(page).forEach(p -> problems.add(shot + ": " + p));
            }
        }
        if (page != null) {
            page.context().close();
        }
        return problems;
    }
}
