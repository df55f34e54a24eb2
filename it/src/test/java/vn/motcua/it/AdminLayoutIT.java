package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin screen on the common office laptop (1366×768) and on a tablet (800×1100), in both
 * languages: grid headers over their columns, the last column and every control inside the window,
 * placeholders and labels whole (see {@link Layout}). Screenshots land in target/screenshots.
 */
class AdminLayoutIT extends BrowserTest {

    private record Size(String name, int width, int height) {
    }

    private static final List<Size> SIZES = List.of(new Size("laptop", 1366, 768), new Size("tablet", 800, 1100));

    /** A screen: where it is, how to open it from there, and for whom. */
    private record Screen(String name, String user, String path, Consumer<Page> open) {
    }

    private static final List<Screen> SCREENS = List.of(
            new Screen("procedures", "qt.admin", "/admin/",
                    p -> p.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.FUNERAL_SUPPORT + "')")),
            new Screen("procedure", "qt.admin", "/admin/", p -> {
                p.click("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.MONTHLY_ALLOWANCE + "')");
                p.waitForSelector(".step-row >> nth=5");
                p.locator(".step-table").scrollIntoViewIfNeeded();
            }),
            new Screen("new-procedure", "qt.admin", "/admin/procedure", p -> {
                p.waitForSelector(".step-row");
                p.click("#add-document");
                p.click("#add-fee");
                p.locator(".step-table").scrollIntoViewIfNeeded();
            }),
            new Screen("versions", "qt.admin", "/admin/versions", p -> {
                p.click("vaadin-grid#versions vaadin-grid-cell-content:has-text('71/QĐ-UBND') >> nth=0");
                p.waitForSelector("#version-changes");
            }),
            new Screen("tenants", "qt.admin", "/admin/tenants",
                    p -> p.waitForSelector("vaadin-grid#tenant-tree vaadin-grid-cell-content:has-text('Phường 5')")),
            new Screen("adoption-province", "qt.admin", "/admin/adoption", p -> p.waitForSelector("vaadin-grid#descendant-adoptions")),
            new Screen("calendar", "qt.admin", "/admin/calendar", p -> p.waitForSelector("vaadin-grid#calendar-days vaadin-grid-cell-content")),
            new Screen("district-procedures", "hailang.admin", "/admin/",
                    p -> p.waitForSelector("vaadin-grid#procedures vaadin-grid-cell-content:has-text('" + Demo.FUNERAL_SUPPORT + "')")),
            new Screen("adoption", "hailang.admin", "/admin/adoption",
                    p -> p.waitForSelector(".adoption-steps[data-procedure='" + Demo.FUNERAL_SUPPORT + "']")),
            new Screen("step-overrides", "hailang.admin", "/admin/adoption", p -> {
                p.click(".adoption-steps[data-procedure='" + Demo.MONTHLY_ALLOWANCE + "']:visible");
                p.waitForSelector("#adoption-steps-dialog .adoption-step[data-step='4.2']");
            }),
            new Screen("service-days", "p5.admin", "/admin/service-days",
                    p -> p.waitForSelector("vaadin-grid#service-days vaadin-grid-cell-content:has-text('Ngày không viết')")),
            new Screen("service-day", "p5.admin", "/admin/service-days", p -> {
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
        List<String> problems = new ArrayList<>();
        String user = null;
        Page page = null;
        for (Screen screen : SCREENS) {
            if (!screen.user().equals(user)) {
                if (page != null) {
                    page.context().close();
                }
                user = screen.user();
                page = browser.loggedIn(user, "admin");
                page.setDefaultTimeout(15_000);
                if (language.equals("en")) {
                    Browser.english(page);
                }
            }
            for (Size size : SIZES) {
                page.setViewportSize(size.width(), size.height());
                page.navigate(TestStackSession.baseUrl() + screen.path());
                String shot = "layout-" + language + "-" + size.name() + "-" + screen.name();
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
