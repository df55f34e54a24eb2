package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every desk screen on the common office laptop (1366×768) and on a tablet (800×1280), in both
 * languages: grid headers over their columns, the last column and every control inside the window,
 * placeholders and labels whole (see {@link Layout}) — the queues, the reception form with the
 * monthly allowance's long document names, a dossier page and a dialog with a checklist.
 * Screenshots land in target/screenshots.
 */
class DeskLayoutIT extends BrowserTest {

    private static String dossier;

    @BeforeAll
    static void aDossierAwaitingItsCheck() {
        dossier = Demo.receive("haique.reception", Demo.MONTHLY_ALLOWANCE, "Lê Thị Bố Cục").getString("code");
        Demo.accept("hailang.reception", Demo.receiveVisit("Lê Văn Hàng Đợi").getString("code"));
    }

    private static List<LayoutTour.Screen> screens() {
        return List.of(
                new LayoutTour.Screen("mine", "hailang.specialist", "/desk/", p -> p.waitForSelector("vaadin-grid#queue")),
                new LayoutTour.Screen("unit", "hailang.specialist", "/desk/unit",
                        p -> p.waitForSelector("vaadin-grid#queue vaadin-grid-cell-content:has-text('Lê Văn Hàng Đợi'), vaadin-grid#queue vaadin-grid-cell-content:has-text('" + Demo.VISIT_GRAVES + "')")),
                new LayoutTour.Screen("leader", "hailang.specialist", "/desk/leader", p -> p.waitForSelector("vaadin-grid#urgent")),
                new LayoutTour.Screen("reception", "haique.reception", "/desk/reception", p -> {
                    p.fill("#procedure input", "tro cap xa hoi hang thang");
                    p.click("vaadin-combo-box-item:has-text('" + Demo.MONTHLY_ALLOWANCE + "')");
                    p.waitForSelector("#documents vaadin-checkbox >> nth=2");
                    p.waitForSelector("#appointment-preview:has-text('/')");
                }),
                new LayoutTour.Screen("dossier", "haique.reception", "/desk/dossier/" + dossier,
                        p -> p.waitForSelector("vaadin-grid#route vaadin-grid-cell-content:has-text('1.1')")),
                new LayoutTour.Screen("supplement-dialog", "haique.reception", "/desk/dossier/" + dossier, p -> {
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
        return LayoutTour.problems(browser, "desk", "desk-layout", language, screens(), DeskLayoutIT::english);
    }

    /** Switches the desk to English with the header's language picker; the page reloads in English. */
    private static void english(Page page) {
        page.waitForSelector("#current-user");
        page.click("#current-user + vaadin-select");
        page.click("vaadin-select-item:has-text('English')");
        page.waitForSelector("vaadin-side-nav-item:has-text('My dossiers')");
    }
}
