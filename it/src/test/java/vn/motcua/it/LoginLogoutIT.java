package vn.motcua.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in and out of the two UIs as a person at a shared desk computer does: "Đăng xuất"
 * ends the session in both UIs and at Keycloak, so the next person is asked for a password; a
 * link opened before login leads to its page after login; the browser finds the project's icon.
 */
class LoginLogoutIT extends BrowserTest {

    private static final String BASE = TestStackSession.baseUrl();

    @Test
    void logging_out_of_the_desk_ends_the_session_of_both_uis_and_the_next_person_logs_in_as_themselves() {
        Page page = browser.loggedIn("hailang.reception", "desk");
        page.waitForSelector("#current-user:has-text('hailang.reception')");
        // the same login also opened the admin (Keycloak's single sign-on: no password asked)
        page.navigate(BASE + "/admin/");
        page.waitForSelector("#current-user:has-text('hailang.reception')");
        page.navigate(BASE + "/desk/");
        page.waitForSelector("#current-user:has-text('hailang.reception')");

        page.click("#logout");

        page.waitForURL(BASE + "/desk/logged-out");
        assertThat(page.textContent("#logged-out")).isEqualTo("Bạn đã đăng xuất");
        assertThat(page.title()).isEqualTo("Đã đăng xuất · Motcua");
        assertThat(page.textContent("#login-again")).isEqualTo("Đăng nhập lại");
        Browser.screenshot(page, "logged-out-vi");

        page.navigate(BASE + "/desk/");
        Browser.assertAsksForPassword(page);
        page.navigate(BASE + "/admin/");
        Browser.assertAsksForPassword(page);

        // the next person at this computer works as themselves
        page.navigate(BASE + "/desk/logged-out");
        page.click("#login-again");
        Browser.logIn(page, "haique.reception");
        page.waitForSelector("#current-user:has-text('haique.reception')");
        assertThat(page.textContent("#current-user")).doesNotContain("hailang");
    }

    @Test
    void logging_out_of_the_admin_in_english_says_so_in_english_and_the_admin_asks_for_the_password_again() {
        Page page = browser.loggedIn("qt.admin", "admin");
        page.waitForSelector("#current-user:has-text('qt.admin')");
        page.click("#language");
        page.click("vaadin-select-item:has-text('English')");
        page.waitForSelector("#logout:has-text('Log out')");

        page.click("#logout");

        page.waitForURL(BASE + "/admin/logged-out");
        assertThat(page.textContent("#logged-out")).isEqualTo("You have logged out");
        assertThat(page.textContent("#login-again")).isEqualTo("Log in again");
        page.navigate(BASE + "/admin/");
        Browser.assertAsksForPassword(page);
        page.navigate(BASE + "/desk/");
        Browser.assertAsksForPassword(page);
    }

    @Test
    void a_link_opened_before_login_leads_to_its_page_after_login() {
        Page page = browser.fresh();
        page.navigate(BASE + "/admin/adoption");
        Browser.logIn(page, "hailang.admin");

        page.waitForURL(BASE + "/admin/adoption");
        page.waitForSelector("h2:has-text('Áp dụng danh mục')");
    }

    @Test
    void a_login_started_at_the_callback_itself_lands_on_the_first_screen() {
        Page page = browser.fresh();
        // no page was asked for: not back to the callback (a loop), nor where a parameter says
        page.navigate(BASE + "/desk/login-callback?next=http://evil.example/");
        Browser.logIn(page, "hailang.reception");
        page.waitForSelector("#current-user:has-text('hailang.reception')");
        assertThat(page.url()).startsWith(BASE + "/desk/");
    }

    @Test
    void the_icon_is_served_at_the_servers_root_and_in_each_ui_without_login() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : new String[] {"/favicon.ico", "/admin/favicon.ico", "/desk/favicon.ico"}) {
            HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(reply.statusCode()).as(path).isEqualTo(200);
            assertThat(reply.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("image/");
            // an ICO file: reserved 0, type 1 (icon)
            assertThat(reply.body()).as(path).startsWith(0, 0, 1, 0);
        }
        HttpResponse<String> svg = http.send(HttpRequest.newBuilder(URI.create(BASE + "/desk/favicon.svg")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<svg");
    }
}
