package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.tenants.problem.InvalidInput;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierCodeTest {

    @Test
    void the_code_is_the_unit_the_day_and_a_four_digit_daily_sequence() {
        DossierCode code = new DossierCode("000.00.23.H50", LocalDate.of(2024, 1, 15), 7);

        assertThat(code).hasToString("000.00.23.H50-240115-0007");
        assertThat(DossierCode.parse("000.00.23.H50-240115-0007")).isEqualTo(code);
    }

    @Test
    void a_sequence_beyond_9999_takes_the_digits_it_needs() {
        DossierCode code = DossierCode.parse("H50.23-261231-12345");

        assertThat(code.sequence()).isEqualTo(12345);
        assertThat(code.day()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(code).hasToString("H50.23-261231-12345");
    }

    @Test
    void malformed_codes_are_refused_on_the_code_field() {
        for (String bad : new String[]{"000.00.23.H50-240115-007", "000.00.23.H50-240230-0001", "HAI-LANG-240115-0001",
                "000.00.23.H50-240115-00007", "000.00.23.H50240115-0001", "", "000.00.23.h50-240115-0001"}) {
            assertThatThrownBy(() -> DossierCode.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("code"));
        }
        assertThatThrownBy(() -> DossierCode.parse(null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_unit_code_with_a_hyphen_or_a_zero_sequence_is_refused() {
        assertThatThrownBy(() -> new DossierCode("HAI-LANG", LocalDate.of(2026, 5, 4), 1))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("unitCode"));
        assertThatThrownBy(() -> new DossierCode("H50", LocalDate.of(2026, 5, 4), 0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("sequence"));
    }
}
