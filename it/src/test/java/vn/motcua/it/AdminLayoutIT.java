package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin screen on the common office laptop (1366×768) and on a tablet (800×1280), in both
 * languages: grid headers over their columns, the last column and every control inside the window,
 * placeholders and labels whole (see {@link Layout}). Screenshots land in target/screenshots.
 */
class AdminLayoutIT extends BrowserTest {

    /** A screen: where it is, how to open it from there, and for whom. */
    private static final List<LayoutTour.Screen> SCREENS = List.of(
            new LayoutTour.Screen("procedures", "qt.admin", "/admin/",
                    p -> p.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.FUNERAL_SUPPORT + "')")),
            new LayoutTour.Screen("procedure", "qt.admin", "/admin/", p -> {
                p.click("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.MONTHLY_ALLOWANCE + "')");
                p.waitForSelector(".step-row >> nth=5");
                p.locator(".step-table").scrollIntoViewIfNeeded();
            }),
            new LayoutTour.Screen("new-procedure", "qt.admin", "/admin/procedure", p -> {
                p.waitForSelector(".step-row");
                p.click("#add-document");
                p.click("#add-fee");
                p.locator(".step-table").scrollIntoViewIfNeeded();
            }),
            new LayoutTour.Screen("versions", "qt.admin", "/admin/versions", p -> {
                p.click("vaadin-grid#versions vaadin-grid-cell-content:has-text('71/QĐ-UBND') >> nth=0");
                p.waitForSelector("#version-changes");
            }),
            new LayoutTour.Screen("tenants", "qt.admin", "/admin/tenants",
                    p -> p.waitForSelector("vaadin-grid#tenant-tree vaadin-grid-cell-content:has-text('Phường 5')")),
            new LayoutTour.Screen("adoption-province", "qt.admin", "/admin/adoption", p -> p.waitForSelector("vaadin-grid#descendant-adoptions")),
            new LayoutTour.Screen("calendar", "qt.admin", "/admin/calendar", p -> p.waitForSelector("vaadin-grid#calendar-days vaadin-grid-cell-content")),
            new LayoutTour.Screen("district-procedures", "hailang.admin", "/admin/",
                    p -> p.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.FUNERAL_SUPPORT + "')")),
            new LayoutTour.Screen("adoption", "hailang.admin", "/admin/adoption",
                    p -> p.waitForSelector(".adoption-steps[data-procedure='" + Demo.FUNERAL_SUPPORT + "']")),
            new LayoutTour.Screen("step-overrides", "hailang.admin", "/admin/adoption", p -> {
                p.click(".adoption-steps[data-procedure='" + Demo.MONTHLY_ALLOWANCE + "']:visible");
                p.waitForSelector("#adoption-steps-dialog .adoption-step[data-step='4.2']");
            }),
            new LayoutTour.Screen("service-days", "p5.admin", "/admin/service-days",
                    p -> p.waitForSelector("vaadin-grid#service-days vaadin-grid-cell-content:has-text('Ngày không viết')")),
            new LayoutTour.Screen("service-day", "p5.admin", "/admin/service-days", p -> {
                p.click("vaadin-grid#service-days vaadin-grid-cell-content:has-text('Ngày dịch vụ công trực tuyến')");
                p.waitForSelector("vaadin-grid#service-day-procedures vaadin-grid-cell-content");
            }));

    @Test
    void every_admin_screen_fits_a_laptop_and_a_tablet_in_vietnamese() {
        assertThat(check("vi")).isEmpty();
    }

    @Test
    void every_admin_screen_fits_a_laptop_and_a_tablet_in_english() {
        assertThat(check("en")).isEmpty();
    }

    private static List<String> check(String language) {
        return LayoutTour.problems(browser, "admin", "layout", language, SCREENS, Browser::english);
    }
}
