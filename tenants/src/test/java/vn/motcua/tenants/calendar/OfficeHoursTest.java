package vn.motcua.tenants.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.calendar.OfficeHours.Session;

class OfficeHoursTest {

    @Test
    void standardHoursAreTwoFourHourSessions() {
        OfficeHours standard = OfficeHours.standard();

        assertThat(standard.sessions()).containsExactly(Session.of("07:30", "11:30"), Session.of("13:30", "17:30"));
        assertThat(standard.length()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void lengthAddsTheSessions() {
        OfficeHours hours = OfficeHours.of(Session.of("08:00", "12:00"), Session.of("13:00", "16:45"));

        assertThat(hours.length()).isEqualTo(Duration.ofHours(7).plusMinutes(45));
    }

    @Test
    void sessionsMayTouch() {
        assertThat(OfficeHours.of(Session.of("07:00", "11:00"), Session.of("11:00", "12:00")).length())
                .isEqualTo(Duration.ofHours(5));
    }

    @Test
    void refusesEmptyOverlappingOrUnorderedSessions() {
        assertThatThrownBy(() -> OfficeHours.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one session");
        assertThatThrownBy(() -> OfficeHours.of(Session.of("07:30", "12:00"), Session.of("11:30", "17:30")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> OfficeHours.of(Session.of("13:30", "17:30"), Session.of("07:30", "11:30")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in order");
        assertThatThrownBy(() -> OfficeHours.of(Arrays.asList(Session.of("07:30", "11:30"), null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesSessionsThatEndBeforeTheyStart() {
        assertThatThrownBy(() -> Session.of("11:30", "07:30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Session.of("07:30", "07:30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Session(LocalTime.NOON, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalByItsSessions() {
        assertThat(OfficeHours.of(Session.of("07:30", "11:30"), Session.of("13:30", "17:30")))
                .isEqualTo(OfficeHours.standard())
                .hasSameHashCodeAs(OfficeHours.standard());
    }
}
