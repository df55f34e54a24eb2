package vn.motcua.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakServerTest {

    @TempDir
    Path data;

    @Test
    void a_run_keeps_the_accounts_of_the_realm_it_imported_from_the_same_template() throws IOException {
        imported("{\"realm\":\"motcua\"}");

        assertThat(KeycloakServer.keepsAccounts("run", data, "{\"realm\":\"motcua\"}")).isTrue();
    }

    @Test
    void a_changed_template_or_a_test_run_starts_from_nothing() throws IOException {
        imported("{\"realm\":\"motcua\"}");

        assertThat(KeycloakServer.keepsAccounts("run", data, "{\"realm\":\"motcua\",\"new\":true}")).isFalse();
        assertThat(KeycloakServer.keepsAccounts("test", data, "{\"realm\":\"motcua\"}")).isFalse();
    }

    @Test
    void a_first_run_has_nothing_to_keep() {
        assertThat(KeycloakServer.keepsAccounts("run", data, "{\"realm\":\"motcua\"}")).isFalse();
    }

    private void imported(String realm) throws IOException {
        Files.createDirectories(data.resolve("h2"));
        Files.createDirectories(data.resolve("import"));
        Files.writeString(data.resolve("import/motcua-realm.json"), realm);
    }
}
