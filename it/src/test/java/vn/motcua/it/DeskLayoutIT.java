package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every desk screen on the common office laptop (1366×768) and on a tablet (800×1280), in both
 * languages: grid headers over their columns, the last column and every control inside the window,
 * placeholders and labels whole (see {@link Layout}) — the queues, the reception form with the
 * monthly allowance's long document names, a dossier page and a dialog with a checklist.
 * Screenshots land in target/screenshots.
 */
class DeskLayoutIT extends BrowserTest {

    private record Size(String name, int width, int height) {
    }

    private static final List<Size> SIZES = List.of(new Size("laptop", 1366, 768), new Size("tablet", 800, 1280));

    private record Screen(String name, String user, String path, Consumer<Page> open) {
    }

    private static String dossier;

    @BeforeAll
    static void aDossierAwaitingItsCheck() {
        dossier = Demo.receive("haique.reception", Demo.MONTHLY_ALLOWANCE, "Lê Thị Bố Cục").getString("code");
        Demo.accept("hailang.reception", Demo.receiveVisit("Lê Văn Hàng Đợi").getString("code"));
    }

    private static List<Screen> screens() {
        return List.of(
                new Screen("mine", "hailang.specialist", "/desk/", p -> p.waitForSelector("vaadin-grid#queue")),
                new Screen("unit", "hailang.specialist", "/desk/unit",
                        p -> p.waitForSelector("vaadin-grid#queue vaadin-grid-cell-content:has-text('Lê Văn Hàng Đợi'), vaadin-grid#queue vaadin-grid-cell-content:has-text('" + Demo.VISIT_GRAVES + "')")),
                new Screen("leader", "hailang.specialist", "/desk/leader", p -> p.waitForSelector("vaadin-grid#urgent")),
                new Screen("reception", "haique.reception", "/desk/reception", p -> {
                    p.fill("#procedure input", "tro cap xa hoi hang thang");
                    p.click("vaadin-combo-box-item:has-text('" + Demo.MONTHLY_ALLOWANCE + "')");
                    p.waitForSelector("#documents vaadin-checkbox >> nth=2");
                    p.waitForSelector("#appointment-preview:has-text('/')");
                }),
                new Screen("dossier", "haique.reception", "/desk/dossier/" + dossier,
                        p -> p.waitForSelector("vaadin-grid#route vaadin-grid-cell-content:has-text('1.1')")),
                new Screen("supplement-dialog", "haique.reception", "/desk/dossier/" + dossier, p -> {
                    p.click("#action-REQUEST_SUPPLEMENT");
                    p.waitForSelector("#field-documents vaadin-checkbox >> nth=2");
                }));
    }

    @Test
    void every_desk_screen_fits_a_laptop_and_a_tablet_in_vietnamese() {
        assertThat(check("vi")).isEmpty();
    }

    @Test
    void every_desk_screen_fits_a_laptop_and_a_tablet_in_english() {
        assertThat(check("en")).isEmpty();
    }

    private static List<String> check(String language) {
        List<String> problems = new ArrayList<>();
        String user = null;
        Page page = null;
        for (Screen screen : screens()) {
            if (!screen.user().equals(user)) {
                if (page != null) {
                    page.context().close();
                }
                user = screen.user();
                page = browser.loggedIn(user, "desk");
                page.setDefaultTimeout(15_000);
                if (language.equals("en")) {
                    english(page);
                }
            }
            for (Size size : SIZES) {
                page.setViewportSize(size.width(), size.height());
                page.navigate(TestStackSession.baseUrl() + screen.path());
                String shot = "desk-layout-" + language + "-" + size.name() + "-" + screen.name();
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

    /** Switches the desk to English with the header's language picker; the page reloads in English. */
    private static void english(Page page) {
        page.waitForSelector("#current-user");
        page.click("#current-user + vaadin-select");
        page.click("vaadin-select-item:has-text('English')");
        page.waitForSelector("vaadin-side-nav-item:has-text('My dossiers')");
    }
}
