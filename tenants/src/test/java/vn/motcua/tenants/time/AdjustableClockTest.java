package vn.motcua.tenants.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AdjustableClockTest {

    private final Clock system = Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneOffset.UTC);
    private final AdjustableClock clock = new AdjustableClock(system);

    @Test
    void follows_the_system_until_set_then_stands_still_until_moved_on_or_released() {
        assertThat(clock.instant()).isEqualTo(system.instant());
        assertThat(clock.isSet()).isFalse();

        clock.setTo(Instant.parse("2026-04-27T02:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-04-27T02:00:00Z"));
        assertThat(clock.instant()).isEqualTo(clock.instant());

        assertThat(clock.advance(Duration.ofDays(3))).isEqualTo(Instant.parse("2026-04-30T02:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-04-30T02:00:00Z"));

        clock.release();
        assertThat(clock.isSet()).isFalse();
        assertThat(clock.instant()).isEqualTo(system.instant());
    }

    @Test
    void moving_a_released_clock_on_starts_from_the_systems_time() {
        assertThat(clock.advance(Duration.ofHours(2))).isEqualTo(Instant.parse("2026-12-02T03:00:00Z"));
        assertThat(clock.isSet()).isTrue();
    }
}
