package vn.motcua.it;

import vn.motcua.tenants.time.Vietnam;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servers' clocks as a scenario moves them (PUT /api/clock as the platform admin): every server
 * has its own, so all of the scenario's servers are set alike. {@link #release()} gives them real
 * time back.
 */
final class TestClock {

    private final List<Api.Server> servers;
    private Instant now;

    private TestClock(List<Api.Server> servers) {
        this.servers = servers;
    }

    /** The clock of the test stack's (first) server. */
    static TestClock ofStack() {
        return new TestClock(List.of(Api.on(TestStackSession.baseUrl())));
    }

    static TestClock of(List<Api.Server> servers) {
        return new TestClock(servers);
    }

    /** Vietnamese local time, e.g. {@code 2026-05-04T08:00}. */
    void at(String localDateTime) {
        set(LocalDateTime.parse(localDateTime).atZone(Vietnam.ZONE).toInstant());
    }

    void tick(Duration step) {
        set(now.plus(step));
    }

    void set(Instant instant) {
        now = instant;
        for (Api.Server server : servers) {
            Api.Reply set = server.put("/api/clock", Api.token("platform.admin"), "{\"instant\": \"" + instant + "\"}");
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
        }
    }

    Instant now() {
        return now;
    }

    void release() {
        for (Api.Server server : servers) {
            server.delete("/api/clock", Api.token("platform.admin"));
        }
    }
}
