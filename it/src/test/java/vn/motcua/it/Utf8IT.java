package vn.motcua.it;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Vietnamese text survives the API, JPA and the database byte for byte. */
class Utf8IT extends DeployedEar {

    @Test
    void an_applicants_name_round_trips_through_the_api_and_the_database() throws Exception {
        String name = "Nguyễn Thị Ánh Tuyết — Đắk R'Lấp";
        String code = Demo.receiveVisit(name).getString("code");

        assertThat(Api.get("/api/dossiers/" + code, Api.token("hailang.reception")).object().getJsonObject("applicant").getString("name"))
                .isEqualTo(name);
        try (Connection c = DossierRuntimeIT.connect();
             PreparedStatement s = c.prepareStatement("SELECT HEX(applicant_name) FROM dossier WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualToIgnoringCase(HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void the_catalog_keeps_the_decisions_names_exactly() throws Exception {
        try (Connection c = DossierRuntimeIT.connect();
             PreparedStatement s = c.prepareStatement("SELECT HEX(name) FROM procedure_def WHERE national_code = '1.001776.000.00.00.H50'")) {
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualToIgnoringCase(
                        HexFormat.of().formatHex(Demo.MONTHLY_ALLOWANCE.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
