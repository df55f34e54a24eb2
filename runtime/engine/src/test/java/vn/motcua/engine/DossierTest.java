package vn.motcua.engine;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.adoption.EffectiveStep;
import vn.motcua.catalog.exchange.ReferenceCatalogReader;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.tenants.problem.Conflict;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierTest {

    private static final Instant MONDAY_9 = Instant.parse("2026-11-23T02:00:00Z");

    private final EffectiveProcedure visit = visitGraves();
    private final List<EffectiveStep> steps = visit.executableSteps();

    @Test
    void a_received_dossier_starts_at_the_first_executable_step() {
        Dossier d = received();

        assertThat(d.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(d.stepNumber()).isEqualTo("1");
        assertThat(d.stepRole()).isEqualTo("reception");
        assertThat(d.stepStartedAt()).isEqualTo(MONDAY_9);
        assertThat(d.procedureName()).isEqualTo("Thăm viếng mộ liệt sĩ");
    }

    @Test
    void the_dossier_keeps_the_route_it_was_received_with() {
        assertThat(received().route()).extracting(DossierStep::number, DossierStep::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "reception"), org.assertj.core.groups.Tuple.tuple("2", "specialist"),
                org.assertj.core.groups.Tuple.tuple("3", "leader"), org.assertj.core.groups.Tuple.tuple("4", "specialist"),
                org.assertj.core.groups.Tuple.tuple("5", "reception"));
    }

    @Test
    void completing_the_current_step_moves_to_the_next() {
        Dossier d = received();
        Instant later = MONDAY_9.plusSeconds(3600);
        d.completeStep("1", later);

        assertThat(d.stepNumber()).isEqualTo("2");
        assertThat(d.stepRole()).isEqualTo("specialist");
        assertThat(d.stepStartedAt()).isEqualTo(later);
    }

    @Test
    void completing_a_step_that_is_not_current_is_a_conflict() {
        Dossier d = received();
        d.completeStep("1", MONDAY_9);

        assertThatThrownBy(() -> d.completeStep("1", MONDAY_9)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> d.completeStep("3", MONDAY_9)).isInstanceOf(Conflict.class);
        assertThat(d.stepNumber()).isEqualTo("2");
    }

    @Test
    void completing_the_last_step_completes_the_dossier() {
        Dossier d = received();
        Instant end = MONDAY_9.plusSeconds(7200);
        for (EffectiveStep step : steps) {
            d.completeStep(step.number(), end);
        }

        assertThat(d.status()).isEqualTo(DossierStatus.COMPLETED);
        assertThat(d.completedAt()).isEqualTo(end);
        assertThat(d.stepNumber()).isNull();
        assertThat(d.isOverdue(end)).isFalse();
        assertThatThrownBy(() -> d.completeStep("5", end)).isInstanceOf(Conflict.class);
    }

    @Test
    void a_dossier_is_overdue_after_its_appointment() {
        Dossier d = received();
        assertThat(d.isOverdue(d.appointmentAt().plusSeconds(1))).isTrue();
        assertThat(d.isOverdue(d.appointmentAt())).isFalse();
    }

    private Dossier received() {
        return new Dossier("hai-lang", "HAI-LANG-261123-0001", visit, 7L, new Applicant("Lê Văn Bảy", null, null),
                SubmissionChannel.IN_PERSON, MONDAY_9, "hailang.reception", MONDAY_9.plusSeconds(3 * 24 * 3600));
    }

    private static EffectiveProcedure visitGraves() {
        try (InputStream in = DossierTest.class.getClassLoader().getResourceAsStream("reference/quang-tri-ldtbxh-2024.yaml")) {
            CatalogVersion version = ReferenceCatalogReader.read("quang-tri", in);
            setId(version, 7L);
            setId(version.procedures().get(0), 42L);
            return EffectiveCatalog.compute(version, Adoption.all("hai-lang")).procedures().get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids come from the database in production. */
    private static void setId(Object entity, Long id) throws ReflectiveOperationException {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
    }
}
