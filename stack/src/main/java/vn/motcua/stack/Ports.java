package vn.motcua.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every TCP port one stack listens on. {@link #RUN} ({@code ./motcua run}) and {@link #TEST} (the
 * integration tests) are the servers' default ports moved by +10000 and +20000, so a run, a test
 * run and a stock Payara/Keycloak/MariaDB can all coexist on one machine.
 */
public record Ports(int db, int keycloak, int keycloakManagement, int http, int https, int admin,
                    int iiop, int iiopSsl, int iiopMutualAuth, int jmx, int jms, int hazelcast, int debug) {

    /** {@code ./motcua run}: defaults + 10000. */
    public static final Ports RUN = offset(10000);
    /** The integration tests: defaults + 20000. */
    public static final Ports TEST = offset(20000);

    /**
     * The ports of this test run: {@link #TEST}, or the defaults moved by the environment's
     * {@code MOTCUA_TEST_PORT_OFFSET}, so test runs of two working copies can run side by side.
     */
    public static Ports test() {
        String offset = System.getenv("MOTCUA_TEST_PORT_OFFSET");
        return offset == null || offset.isBlank() ? TEST : offset(Integer.parseInt(offset.strip()));
    }

    /**
     * The stock ports (MariaDB 3306, Keycloak 8080/9000 moved to 8480/8490 to stay clear of
     * Payara's 8080, Payara's domain1 defaults, Payara's data grid (Hazelcast) DAS port 4900)
     * shifted by {@code offset}.
     */
    public static Ports offset(int offset) {
        return new Ports(3306 + offset, 8480 + offset, 8490 + offset, 8080 + offset, 8181 + offset, 4848 + offset,
                3700 + offset, 3820 + offset, 3920 + offset, 8686 + offset, 7676 + offset, 4900 + offset,
                9009 + offset);
    }

    /**
     * These ports with every Payara port moved by {@code shift}: a second server on the same
     * database and Keycloak (the two-server and crash tests).
     */
    public Ports withPayaraMovedBy(int shift) {
        return new Ports(db, keycloak, keycloakManagement, http + shift, https + shift, admin + shift, iiop + shift,
                iiopSsl + shift, iiopMutualAuth + shift, jmx + shift, jms + shift, hazelcast + shift, debug + shift);
    }

    public String baseUrl() {
        return "http://localhost:" + http;
    }

    public String realmUrl() {
        return "http://localhost:" + keycloak + "/realms/motcua";
    }

    /** Keycloak's admin console. */
    public String keycloakAdminUrl() {
        return "http://localhost:" + keycloak + "/admin/";
    }

    /** Payara's admin console / REST admin (asadmin {@code --port}). */
    public String adminUrl() {
        return "http://localhost:" + admin;
    }

    /** Name → port, for messages and for checking that every one of them is free. */
    public Map<String, Integer> all() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("db", db);
        m.put("keycloak", keycloak);
        m.put("keycloakManagement", keycloakManagement);
        m.put("http", http);
        m.put("https", https);
        m.put("admin", admin);
        m.put("iiop", iiop);
        m.put("iiopSsl", iiopSsl);
        m.put("iiopMutualAuth", iiopMutualAuth);
        m.put("jmx", jmx);
        m.put("jms", jms);
        m.put("hazelcast", hazelcast);
        m.put("debug", debug);
        return m;
    }

    /** The ports Payara opens (the debug port only with {@code --debug}). */
    public Map<String, Integer> payara() {
        Map<String, Integer> m = all();
        m.remove("db");
        m.remove("keycloak");
        m.remove("keycloakManagement");
        return m;
    }
}
