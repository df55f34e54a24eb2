package vn.motcua.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and integrators look at: health and the OpenAPI document. */
class OperationsIT extends DeployedEar {

    @Test
    void readiness_reports_the_database_and_keycloak_up() {
        Api.Reply ready = Api.get("/health/ready", null);
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.object().getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name") + "=" + c.getString("status"))
                .contains("database=UP", "keycloak=UP");
    }

    @Test
    void the_openapi_document_describes_the_dossier_api() {
        Api.Reply openapi = Api.get("/openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/dossiers/{code}/steps/{step}/completion", "/procedures");
    }
}
