package vn.motcua.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves every port of Payara's stock {@code domain1/config/domain.xml} — HTTP, HTTPS, admin,
 * IIOP ×3, JMX, JMS, the data grid (Hazelcast), debug, OSGi shell — in the DAS's
 * {@code server-config} and in the {@code default-config} template alike. Text replacements, so
 * the file keeps its comments and layout; each one must match, so a changed distribution fails
 * loudly instead of leaving a stock port behind.
 */
public final class DomainXml {

    /** Payara's stock ports of domain1 and of its default-config (which uses the stock + 20000 set). */
    public static final Map<String, Integer> STOCK_PORTS = Map.ofEntries(
            Map.entry("http", 8080), Map.entry("https", 8181), Map.entry("admin", 4848),
            Map.entry("iiop", 3700), Map.entry("iiopSsl", 3820), Map.entry("iiopMutualAuth", 3920),
            Map.entry("jmx", 8686), Map.entry("jms", 7676), Map.entry("hazelcast", 4900),
            Map.entry("hazelcastStart", 5900), Map.entry("debug", 9009), Map.entry("osgiShell", 6666));

    private DomainXml() {
    }

    /** The OSGi telnet shell port (not opened unless enabled): admin port + 1818. */
    public static int osgiShellPort(Ports p) {
        return p.admin() + (6666 - 4848);
    }

    /** First port of the data grid's instance range (DAS port + 1000). */
    public static int hazelcastStartPort(Ports p) {
        return p.hazelcast() + 1000;
    }

    /** Every port the rewritten domain.xml names, by what it is for. */
    public static Map<String, Integer> ports(Ports p) {
        Map<String, Integer> m = new LinkedHashMap<>(p.payara());
        m.put("hazelcastStart", hazelcastStartPort(p));
        m.put("osgiShell", osgiShellPort(p));
        return m;
    }

    /** domain.xml with every port moved to {@code p}, and the server heap set to {@code maxHeap} (e.g. "1g"; null: unchanged). */
    public static String rewrite(String xml, Ports p, String maxHeap) {
        return rewrite(xml, p, maxHeap, null);
    }

    /** As {@link #rewrite(String, Ports, String)}, also naming the domain {@code domainName} (null: unchanged). */
    public static String rewrite(String xml, Ports p, String maxHeap, String domainName) {
        String s = xml;
        if (domainName != null) {
            s = s.replace("<property name=\"administrative.domain.name\" value=\"domain1\"",
                    "<property name=\"administrative.domain.name\" value=\"" + domainName + "\"");
        }
        // data grid: DAS port and the instances' start port
        s = once(s, "(<hazelcast-runtime-configuration[^>]*\\bdas-port=\")\\d+(\")", p.hazelcast());
        s = once(s, "(<hazelcast-runtime-configuration[^>]*\\bstart-port=\")\\d+(\")", hazelcastStartPort(p));
        // server-config (the DAS) listeners
        s = once(s, "(<network-listener[^>]*\\bport=\")8080(\")", p.http());
        s = once(s, "(<network-listener[^>]*\\bport=\")8181(\")", p.https());
        s = once(s, "(<network-listener[^>]*\\bport=\")4848(\")", p.admin());
        s = once(s, "(<iiop-listener[^>]*\\bport=\")3700(\")", p.iiop());
        s = once(s, "(<iiop-listener[^>]*\\bport=\")3820(\")", p.iiopSsl());
        s = once(s, "(<iiop-listener[^>]*\\bport=\")3920(\")", p.iiopMutualAuth());
        s = once(s, "(<jmx-connector[^>]*\\bport=\")8686(\")", p.jmx());
        s = once(s, "(-agentlib:jdwp=[^\"]*\\baddress=)9009(\\b)", p.debug());
        s = once(s, "(-Dosgi\\.shell\\.telnet\\.port=)6666(<)", osgiShellPort(p));
        // system properties of both configs (server-config: JMS; default-config: all of them)
        Map<String, Integer> props = new LinkedHashMap<>();
        props.put("JMS_PROVIDER_PORT", p.jms());
        props.put("ASADMIN_LISTENER_PORT", p.admin());
        props.put("HTTP_LISTENER_PORT", p.http());
        props.put("HTTP_SSL_LISTENER_PORT", p.https());
        props.put("IIOP_LISTENER_PORT", p.iiop());
        props.put("IIOP_SSL_LISTENER_PORT", p.iiopSsl());
        props.put("IIOP_SSL_MUTUALAUTH_PORT", p.iiopMutualAuth());
        props.put("JMX_SYSTEM_CONNECTOR_PORT", p.jmx());
        props.put("OSGI_SHELL_TELNET_PORT", osgiShellPort(p));
        props.put("JAVA_DEBUGGER_PORT", p.debug());
        props.put("HZ_LISTENER_PORT", hazelcastStartPort(p));
        for (Map.Entry<String, Integer> e : props.entrySet()) {
            s = all(s, "(<system-property\\s+name=\"" + e.getKey() + "\"\\s+value=\")\\d+(\")", e.getValue());
        }
        if (maxHeap != null) {
            s = s.replace("<jvm-options>-Xmx512m</jvm-options>", "<jvm-options>-Xmx" + maxHeap + "</jvm-options>");
        }
        // each domain its own temporary folder: two Payaras on one machine (a second instance in a test,
        // another working copy's tests) must not share uploaded deployments in /tmp
        s = s.replace("<jvm-options>-Xmx", "<jvm-options>" + TMPDIR_OPTION + "</jvm-options>\n        <jvm-options>-Xmx");
        return s;
    }

    /** The domain's own temporary folder; {@link PayaraServer} creates it. */
    static final String TMPDIR_OPTION = "-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp";

    private static String once(String s, String regex, int port) {
        Matcher m = Pattern.compile(regex).matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("domain.xml: nothing matches " + regex + " (changed Payara distribution?)");
        }
        return m.replaceFirst("$1" + port + "$2");
    }

    private static String all(String s, String regex, int port) {
        Matcher m = Pattern.compile(regex).matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("domain.xml: nothing matches " + regex + " (changed Payara distribution?)");
        }
        return m.replaceAll("$1" + port + "$2");
    }
}
