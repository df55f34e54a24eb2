package vn.motcua.catalog.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Test fixture, never in a jar: a service that reads the system's time instead of the injected
 * clock, so a test that moves the clock would not move it. DependencyRulesTest checks that the rules catch it.
 */
class ReadsTheSystemClockFixture {

    Instant now() {
        return Instant.now();
    }

    LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    Clock clock() {
        return Clock.systemUTC();
    }

    /** Reading a date from a given clock is what every class does: not a violation. */
    LocalDate today(Clock injected) {
        return LocalDate.now(injected);
    }
}
