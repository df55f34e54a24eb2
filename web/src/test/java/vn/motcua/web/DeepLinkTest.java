package vn.motcua.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** After login the user goes back to the page they asked for — a page of the same UI, nothing else. */
class DeepLinkTest {

    private static Optional<String> admin(String asked) {
        return DeepLink.of("http", "localhost", 18080, "/admin", asked);
    }

    @Test
    void a_page_of_the_same_ui_keeps_its_path_and_query() {
        assertThat(admin("http://localhost:18080/admin/adoption")).contains("/admin/adoption");
        assertThat(admin("http://localhost:18080/admin/procedures/12?tab=steps")).contains("/admin/procedures/12?tab=steps");
        assertThat(admin("http://localhost:18080/admin/tenants/h%E1%BA%A3i-l%C4%83ng")).contains("/admin/tenants/h%E1%BA%A3i-l%C4%83ng");
        assertThat(admin("http://localhost:18080/admin/")).contains("/admin/");
        assertThat(admin("http://LOCALHOST:18080/admin")).contains("/admin");
        assertThat(DeepLink.of("https", "motcua.gov.vn", 443, "/desk", "https://motcua.gov.vn/desk/queue")).contains("/desk/queue");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://evil.example/admin/adoption",          // another host
            "http://localhost:18081/admin/adoption",       // another port
            "https://localhost:18080/admin/adoption",      // another scheme
            "http://user@localhost:18080/admin/adoption",  // user info
            "//evil.example/admin/",                       // scheme-relative
            "/admin/adoption",                             // not the absolute URL the mechanism stores
            "http://localhost:18080/desk/",                // the other UI
            "http://localhost:18080/administration/x",     // a module whose path only starts alike
            "http://localhost:18080/api/dossiers",
            "http://localhost:18080/admin/../desk/",       // climbing out
            "http://localhost:18080/admin/%2e%2e/desk/",
            "http://localhost:18080/admin/%2E%2E%2Fdesk",
            "http://localhost:18080/admin//evil.example",
            "http://localhost:18080/admin/x;jsessionid=1",
            "http://localhost:18080/admin/a\\b",
            "http://localhost:18080/admin/a\r\nLocation: http://evil.example",
            "http://localhost:18080/admin/?v-r=uidl&v-uiId=0", // Vaadin's own requests
            "http://localhost:18080/admin/?x=1&v-r=heartbeat",
            "http://localhost:18080/admin/VAADIN/build/x.js",
            "http://localhost:18080/admin/login-callback?code=1&state=2",
            "http://localhost:18080/admin/logout",
            "http://localhost:18080/admin/logged-out",
            "http://localhost:18080/admin/favicon.ico",
            "javascript:alert(1)",
            "not a url",
            ""})
    void anything_else_is_refused(String asked) {
        assertThat(admin(asked)).isEmpty();
    }

    @Test
    void nothing_asked_is_refused() {
        assertThat(admin(null)).isEmpty();
    }
}
