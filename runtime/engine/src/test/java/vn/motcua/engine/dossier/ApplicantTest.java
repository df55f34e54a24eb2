package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.tenants.problem.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicantTest {

    @Test
    void a_phone_and_an_email_as_people_write_them_are_kept_stripped() {
        Applicant a = new Applicant(" Lê Văn Ba ", null, null, " 0912 345 678 ", "ba@example.vn", null);
        assertThat(a.name()).isEqualTo("Lê Văn Ba");
        assertThat(a.phone()).isEqualTo("0912 345 678");
        assertThat(new Applicant("Ba", null, null, "+84 912.345.678", " ", null).email()).isNull();
    }

    @Test
    void every_wrong_detail_is_named_at_once() {
        assertThatThrownBy(() -> new Applicant(" ", null, null, "gọi tôi", "ba.example.vn", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("applicant.name", "applicant.phone", "applicant.email"));
    }
}
