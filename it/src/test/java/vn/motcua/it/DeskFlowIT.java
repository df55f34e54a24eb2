package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dossier through the desk in Chromium at 1366×768, as its unit's staff work it: the reception
 * clerk finds the procedure typing without diacritics, cannot accept while the one required
 * document is missing and asks for it by a supplement request that names it; with the document the
 * dossier is accepted and gets its appointment; the specialist takes and completes step 2, the
 * leader step 3, the specialist ends processing at step 4, and the clerk returns the result —
 * after a refusal shown next to the field it concerns.
 */
class DeskFlowIT extends BrowserTest {

    private static final String DOCUMENT = "Đơn đề nghị thăm viếng mộ liệt sĩ";

    @Test
    void reception_with_a_missing_document_then_a_whole_dossier_to_its_returned_result() {
        Page clerk = desk("hailang.reception", "/desk/reception");
        pickVisit(clerk);
        clerk.waitForSelector("#documents vaadin-checkbox:has-text('" + DOCUMENT + "')");
        assertThat(disabled(clerk, "#accept")).as("accept while the document is missing").isTrue();
        assertThat(clerk.textContent("#missing-documents")).contains("Còn thiếu", DOCUMENT);
        assertThat(clerk.textContent("#appointment-preview")).matches("(?s).*\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4} \\(Thứ .*\\).*");
        clerk.fill("#applicant-name input", "Hồ Văn Thiếu");
        clerk.fill("#applicant-phone input", "0912345678");
        clerk.click("#request-supplement");
        String waiting = clerk.textContent("#received-code").strip();
        assertThat(clerk.textContent("#reception-result")).contains("Hồ sơ chờ bổ sung", DOCUMENT);
        clerk.click("#open-received");
        clerk.waitForSelector("#dossier-status:has-text('Chờ bổ sung hồ sơ')");
        assertThat(clerk.textContent("#history")).contains("Yêu cầu bổ sung");
        assertThat(waiting).startsWith("000.");

        clerk.navigate(TestStackSession.baseUrl() + "/desk/reception");
        pickVisit(clerk);
        clerk.click("#documents vaadin-checkbox:has-text('" + DOCUMENT + "') input");
        clerk.waitForFunction("() => !document.querySelector('#accept').hasAttribute('disabled')");
        assertThat(disabled(clerk, "#request-supplement")).isTrue();
        clerk.fill("#applicant-name input", "Hồ Thị Đủ");
        clerk.fill("#applicant-email input", "khong-phai-thu");
        clerk.click("#accept");
        // a wrong email is shown next to its field, and nothing is saved
        clerk.waitForSelector("#applicant-email[invalid]");
        assertThat(clerk.isVisible("#received-code")).isFalse();
        clerk.fill("#applicant-email input", "hothidu@example.vn");
        clerk.fill("#applicant-address input", "Thôn 3, xã Hải Quế");
        clerk.click("#accept");
        String code = clerk.textContent("#received-code").strip();
        assertThat(code).isNotEqualTo(waiting);
        assertThat(clerk.textContent("#reception-result")).contains("Hẹn trả kết quả");
        Browser.screenshot(clerk, "desk-flow-received");

        // the queues hold the demo's and other tests' dossiers too: the dossier is opened by its link
        Page specialist = desk("hailang.specialist", "/desk/dossier/" + code);
        specialist.waitForSelector("#dossier-status:has-text('Đã tiếp nhận')");
        act(specialist, "CLAIM");
        specialist.waitForSelector("#fact-dossier-assignee:has-text('hailang.specialist')");
        Browser.screenshot(specialist, "desk-flow-claimed");
        act(specialist, "COMPLETE_STEP");
        specialist.waitForSelector("#dossier-status:has-text('Đang xử lý')");
        specialist.waitForSelector("vaadin-grid#route vaadin-grid-cell-content:has-text('Đã xong')");

        Page leader = desk("hailang.leader", "/desk/dossier/" + code);
        leader.waitForSelector("#fact-dossier-step:has-text('3')");
        act(leader, "CLAIM");
        act(leader, "COMPLETE_STEP");
        leader.waitForSelector("#fact-dossier-step:has-text('4')");

        specialist.navigate(TestStackSession.baseUrl() + "/desk/dossier/" + code);
        specialist.waitForSelector("#fact-dossier-step:has-text('4')");
        act(specialist, "RESOLVE");
        specialist.waitForSelector("#dossier-status:has-text('Đã xử lý xong')");

        clerk.navigate(TestStackSession.baseUrl() + "/desk/dossier/" + code);
        clerk.click("#action-RETURN_RESULT");
        clerk.waitForSelector("#dialog-confirm");
        clerk.fill("#field-receiver input", "");
        clerk.click("#dialog-confirm");
        clerk.waitForSelector("#field-receiver[invalid]");
        assertThat(clerk.textContent("#field-receiver")).contains("Cần ghi người nhận kết quả.");
        Browser.screenshot(clerk, "desk-flow-return-refused");
        clerk.fill("#field-receiver input", "Hồ Thị Đủ");
        clerk.click("#dialog-confirm");
        clerk.waitForSelector("#dossier-status:has-text('Đã trả kết quả')");
        Browser.screenshot(clerk, "desk-flow-returned");

        // every pass done (its outcome under it), none current, none ahead
        assertThat(clerk.locator("vaadin-grid#route vaadin-grid-cell-content").allTextContents())
                .anyMatch(t -> t.startsWith("Đã xong"))
                .noneMatch(t -> t.startsWith("Đang xử lý") || t.startsWith("Chưa đến"));
        assertThat(clerk.textContent("#history")).contains("Nhận xử lý", "Hoàn thành bước", "Kết thúc xử lý", "Trả kết quả");
        assertThat(clerk.isVisible("#actions vaadin-button")).isFalse();
        for (Page page : new Page[] {clerk, specialist, leader}) {
            page.context().close();
        }
    }

    private static Page desk(String user, String path) {
        Page page = browser.loggedIn(user, "desk");
        page.setViewportSize(1366, 768);
        page.navigate(TestStackSession.baseUrl() + path);
        page.waitForSelector("#current-user");
        return page;
    }

    /** Finds the procedure typing its name without diacritics. */
    private static void pickVisit(Page page) {
        page.fill("#procedure input", "tham vieng mo");
        page.click("vaadin-combo-box-item:has-text('" + Demo.VISIT_GRAVES + "')");
        page.waitForSelector("#appointment-preview:has-text('/')");
    }

    /** Opens the action's dialog and confirms it; the page shows the dossier again after it. */
    private static void act(Page page, String command) {
        page.click("#action-" + command);
        page.click("#dialog-confirm");
        page.waitForSelector("#dialog-confirm", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
    }

    private static boolean disabled(Page page, String selector) {
        return (Boolean) page.evaluate("s => document.querySelector(s).hasAttribute('disabled')", selector);
    }
}
