package vn.motcua.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.motcua.tenants.calendar.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's one clock: the test stack's may be set by the platform operator, and what
 * the application does "now" (a dossier's reception and its appointment) follows it.
 */
class ClockIT extends DeployedEar {

    /** Monday 27 April 2026, 08:00 in Vietnam: a day in lieu, before the 30 April – 1 May holidays. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-04-27T01:00:00Z");

    @AfterEach
    void release() {
        Api.delete("/api/clock", Api.token("platform.admin"));
    }

    @Test
    void a_dossier_received_while_the_clock_is_set_is_received_then_and_due_on_that_weeks_calendar() {
        Api.Reply set = Api.put("/api/clock", Api.token("platform.admin"), "{\"instant\": \"" + MONDAY_MORNING + "\"}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.object().getBoolean("set")).isTrue();

        JsonObject dossier = Demo.accept("hailang.reception", Demo.receiveVisit("Đặng Thị Thời").getString("code"));

        assertThat(Instant.parse(dossier.getString("registeredAt"))).isEqualTo(MONDAY_MORNING);
        // "Thăm viếng mộ liệt sĩ" takes 3 working days at Hải Lăng. The Hùng Kings' day of 2026 falls
        // on Sunday 26 April, so Monday 27 is its day in lieu; Thursday 30 April and Friday 1 May are
        // holidays: the three days are Tuesday 28, Wednesday 29 April and Monday 4 May, due at its close
        Instant due = Instant.parse(dossier.getString("appointment"));
        assertThat(WorkingCalendar.vietnam(2026, 2026).workingTimeBetween(MONDAY_MORNING, due)).isEqualTo(Duration.ofHours(24));
        assertThat(due.atZone(WorkingCalendar.VIETNAM).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 5, 4, 17, 30));
    }

    @Test
    void only_the_platform_operator_sets_the_clock_and_releasing_it_gives_the_systems_time_back() {
        Api.Reply refused = Api.put("/api/clock", Api.token("hailang.reception"), "{\"instant\": \"" + MONDAY_MORNING + "\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        Api.put("/api/clock", Api.token("platform.admin"), "{\"instant\": \"" + MONDAY_MORNING + "\"}");
        assertThat(Instant.parse(Api.get("/api/clock", Api.token("hailang.reception")).object().getString("now")))
                .isEqualTo(MONDAY_MORNING);

        Api.Reply released = Api.delete("/api/clock", Api.token("platform.admin"));
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.object().getBoolean("set")).isFalse();
        assertThat(Instant.parse(released.object().getString("now"))).isAfter(Instant.parse("2026-12-01T00:00:00Z"));
    }
}
