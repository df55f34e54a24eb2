package vn.motcua.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Keycloak realm {@code motcua}: the template {@code keycloak/motcua-realm.json} with its
 * {@code ${NAME}} placeholders replaced, and the demo logins it defines.
 */
public final class Realm {

    public static final String TEMPLATE = "/keycloak/motcua-realm.json";
    public static final String DEMO_PASSWORD = "motcua";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");

    /** A demo login: user name, tenant group (null for none) and realm role. */
    public record DemoUser(String username, String tenant, String role) {
    }

    /** The demo users of the realm template, in the template's order. */
    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("qt.admin", "quang-tri", "catalog-admin"),
            new DemoUser("qt.reporter", "quang-tri", "reporting-officer"),
            new DemoUser("qt.supervisor", "quang-tri", "supervisor"),
            new DemoUser("hailang.admin", "hai-lang", "catalog-admin"),
            new DemoUser("hailang.reception", "hai-lang", "reception"),
            new DemoUser("hailang.specialist", "hai-lang", "specialist"),
            new DemoUser("hailang.leader", "hai-lang", "leader"),
            new DemoUser("haique.reception", "hai-que", "reception"),
            new DemoUser("p5.admin", "phuong-5", "catalog-admin"),
            new DemoUser("p5.reception", "phuong-5", "reception"),
            new DemoUser("th.admin", "thanh-hoa", "catalog-admin"),
            new DemoUser("th.reception", "thanh-hoa", "reception"),
            new DemoUser("citizen.an", null, "citizen"),
            new DemoUser("platform.admin", null, "platform-admin"));

    private Realm() {
    }

    /** The placeholder values for an environment. */
    public static Map<String, String> values(StackEnvironment env) {
        Map<String, String> v = new LinkedHashMap<>(env.toMap());
        return v;
    }

    /** The realm JSON with every placeholder replaced; fails on a placeholder without value. */
    public static String render(Map<String, String> values) {
        String template;
        try (InputStream in = Realm.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " missing from the stack jar");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for ${" + m.group(1) + "} in " + TEMPLATE);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(jsonEscape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
