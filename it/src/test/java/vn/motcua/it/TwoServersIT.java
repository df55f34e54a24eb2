package vn.motcua.it;

import org.junit.jupiter.api.Test;
import vn.motcua.stack.PayaraServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Payara servers on one database, as a province runs Motcua behind a load balancer: what one
 * server commits the other serves, and a server killed with SIGKILL comes back with nothing lost.
 */
class TwoServersIT extends DeployedEar {

    @Test
    void the_second_server_serves_what_the_first_has_and_comes_back_after_sigkill() {
        PayaraServer second = TestStackSession.secondServer();
        Api.Server other = Api.on(second.ports().baseUrl());
        String token = Api.token("qt.admin");

        Api.Reply first = Api.get("/api/procedures", token);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(other.get("/api/procedures", token).body()).isEqualTo(first.body());

        long killed = second.pid();
        second.kill();
        PayaraServer restarted = TestStackSession.secondServer();
        assertThat(restarted.pid()).isNotEqualTo(killed);
        assertThat(Api.on(restarted.ports().baseUrl()).get("/api/procedures", token).body()).isEqualTo(first.body());
    }
}
