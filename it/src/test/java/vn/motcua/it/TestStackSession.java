package vn.motcua.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.motcua.stack.PayaraServer;
import vn.motcua.stack.Ports;
import vn.motcua.stack.StackEnvironment;
import vn.motcua.stack.TestStack;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the real servers once for the whole test run — MariaDB, Keycloak and Payara on the test
 * ports — and stops them when the run ends, whether tests passed or not. A server that does not
 * come up fails the run: nothing is skipped.
 */
public class TestStackSession implements LauncherSessionListener {

    private static TestStack stack;
    private static PayaraServer second;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (stack == null) {
            stack = TestStack.start();
            // arquillian.xml names the default test ports; a moved stack (MOTCUA_TEST_PORT_OFFSET) overrides them
            System.setProperty("arq.container.payara-remote.configuration.adminPort",
                    Integer.toString(Ports.test().admin()));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.close();
            stack = null;
            second = null;
        }
    }

    /**
     * The second Payara on the same database and Keycloak, started (with the EAR deployed) the
     * first time a test asks, and stopped with the stack. After {@link PayaraServer#kill()} the
     * next call restarts it on what the killed server left on disk and in the database.
     */
    static synchronized PayaraServer secondServer() {
        if (stack == null) {
            throw new IllegalStateException("the test stack is not running");
        }
        if (second == null) {
            second = stack.startSecondServer(Path.of(System.getProperty("motcua.ear", "../ear/target/motcua.ear")));
        } else if (ProcessHandle.of(second.pid()).map(p -> !p.isAlive()).orElse(true)) {
            second.restart();
            second.awaitReady("/health/ready", Duration.ofMinutes(5));
        }
        return second;
    }

    static String baseUrl() {
        return Ports.test().baseUrl();
    }

    static String realmUrl() {
        return Ports.test().realmUrl();
    }

    static String jdbcUrl() {
        return environment().dbUrl();
    }

    static String dbUser() {
        return environment().dbUser();
    }

    static String dbPassword() {
        return environment().dbPassword();
    }

    private static StackEnvironment environment() {
        if (stack == null) {
            throw new IllegalStateException("the test stack is not running");
        }
        return stack.environment();
    }
}
