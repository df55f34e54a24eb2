package vn.motcua.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the EAR is told about its surroundings, as environment variables of Payara's JVM (read by
 * {@code ${ENV=...}} in glassfish-resources.xml and by MicroProfile Config).
 */
public record StackEnvironment(String dbUrl, String dbUser, String dbPassword, String oidcProvider, String oidcClientId,
                               String oidcClientSecret, String jwtIssuer, String jwksUrl, String webOrigin,
                               boolean demoData, boolean adjustableClock) {

    public static final String MOTCUA_DB_URL = "MOTCUA_DB_URL";
    public static final String MOTCUA_DB_USER = "MOTCUA_DB_USER";
    public static final String MOTCUA_DB_PASSWORD = "MOTCUA_DB_PASSWORD";
    public static final String MOTCUA_OIDC_PROVIDER = "MOTCUA_OIDC_PROVIDER";
    public static final String MOTCUA_OIDC_CLIENT_ID = "MOTCUA_OIDC_CLIENT_ID";
    public static final String MOTCUA_OIDC_CLIENT_SECRET = "MOTCUA_OIDC_CLIENT_SECRET";
    public static final String MOTCUA_JWT_ISSUER = "MOTCUA_JWT_ISSUER";
    public static final String MOTCUA_JWKS_URL = "MOTCUA_JWKS_URL";
    public static final String MOTCUA_WEB_ORIGIN = "MOTCUA_WEB_ORIGIN";
    public static final String MOTCUA_DEMO_DATA = "MOTCUA_DEMO_DATA";
    /** Lets a platform admin set the application's clock (PUT /api/clock): the integration tests only. */
    public static final String MOTCUA_CLOCK_ADJUSTABLE = "MOTCUA_CLOCK_ADJUSTABLE";
    public static final String MOTCUA_KEYCLOAK_ADMIN_CLIENT_ID = "MOTCUA_KEYCLOAK_ADMIN_CLIENT_ID";
    public static final String MOTCUA_KEYCLOAK_ADMIN_CLIENT_SECRET = "MOTCUA_KEYCLOAK_ADMIN_CLIENT_SECRET";

    /** The web client of the realm (confidential, authorization code flow). */
    public static final String WEB_CLIENT_ID = "motcua-web";
    /** Demo secret of {@link #WEB_CLIENT_ID}; it is in the realm template too. */
    public static final String WEB_CLIENT_SECRET = "motcua-web-secret";
    /**
     * The confidential client whose service account provisions tenants' groups and first admins
     * through Keycloak's Admin REST API (realm-management roles for users and groups only).
     */
    public static final String ADMIN_CLIENT_ID = "motcua-provisioner";
    /** Demo secret of {@link #ADMIN_CLIENT_ID}, rendered into the realm template. */
    public static final String ADMIN_CLIENT_SECRET = "motcua-provisioner-secret";
    /** The database user the stack creates on the embedded MariaDB. */
    public static final String DB_USER = "motcua";
    public static final String DB_PASSWORD = "motcua";

    /** The Connector/J URL of the {@code motcua} database on a MySQL/MariaDB at localhost:port. */
    public static String jdbcUrl(int port) {
        return "jdbc:mysql://localhost:" + port + "/motcua?createDatabaseIfNotExist=true&useUnicode=true"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
                + "&allowPublicKeyRetrieval=true&useSSL=false";
    }

    /** The environment for the given ports and database connection, with the demo data on. */
    public static StackEnvironment of(Ports ports, String dbUrl, String dbUser, String dbPassword) {
        String realm = ports.realmUrl();
        return new StackEnvironment(dbUrl, dbUser, dbPassword, realm, WEB_CLIENT_ID, WEB_CLIENT_SECRET, realm,
                realm + "/protocol/openid-connect/certs", ports.baseUrl(), true, false);
    }

    /** The same, with a clock the tests may set, so scenarios run weeks of working days without waiting. */
    public StackEnvironment withAdjustableClock() {
        return new StackEnvironment(dbUrl, dbUser, dbPassword, oidcProvider, oidcClientId, oidcClientSecret, jwtIssuer,
                jwksUrl, webOrigin, demoData, true);
    }

    /** The environment for the embedded database of {@code ports}. */
    public static StackEnvironment embedded(Ports ports) {
        return of(ports, jdbcUrl(ports.db()), DB_USER, DB_PASSWORD);
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(MOTCUA_DB_URL, dbUrl);
        m.put(MOTCUA_DB_USER, dbUser);
        m.put(MOTCUA_DB_PASSWORD, dbPassword);
        m.put(MOTCUA_OIDC_PROVIDER, oidcProvider);
        m.put(MOTCUA_OIDC_CLIENT_ID, oidcClientId);
        m.put(MOTCUA_OIDC_CLIENT_SECRET, oidcClientSecret);
        m.put(MOTCUA_JWT_ISSUER, jwtIssuer);
        m.put(MOTCUA_JWKS_URL, jwksUrl);
        m.put(MOTCUA_WEB_ORIGIN, webOrigin);
        m.put(MOTCUA_DEMO_DATA, Boolean.toString(demoData));
        m.put(MOTCUA_CLOCK_ADJUSTABLE, Boolean.toString(adjustableClock));
        m.put(MOTCUA_KEYCLOAK_ADMIN_CLIENT_ID, ADMIN_CLIENT_ID);
        m.put(MOTCUA_KEYCLOAK_ADMIN_CLIENT_SECRET, ADMIN_CLIENT_SECRET);
        return m;
    }
}
