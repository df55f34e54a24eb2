package vn.motcua.stack;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every port of the stock domain.xml is moved, for the run and the test ports alike. */
class DomainXmlTest {

    private static final Pattern NUMBER = Pattern.compile("^\\d{2,5}$");

    static String stockDomainXml() throws Exception {
        Path file = Layout.of(Path.of(System.getProperty("motcua.repo", "..")))
                .payaraHome().resolve("glassfish/domains/domain1/config/domain.xml");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void givesTheDomainItsOwnTemporaryFolder() throws Exception {
        String rewritten = DomainXml.rewrite(stockDomainXml(), Ports.TEST, "1g");
        assertThat(rewritten).contains("<jvm-options>-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp</jvm-options>");
        assertThat(stockDomainXml()).doesNotContain("java.io.tmpdir");
    }

    @Test
    void movesEveryPortOfTheRunAndTestDomains() throws Exception {
        String stock = stockDomainXml();
        Set<Integer> stockPorts = portsIn(stock);
        assertThat(stockPorts).contains(8080, 8181, 4848, 3700, 3820, 3920, 8686, 7676, 4900, 5900, 9009, 6666);
        for (Ports p : List.of(Ports.RUN, Ports.TEST)) {
            String rewritten = DomainXml.rewrite(stock, p, "1g");
            Set<Integer> found = portsIn(rewritten);
            Set<Integer> expected = new HashSet<>(DomainXml.ports(p).values());
            assertThat(found).as("ports named by the %s domain.xml", p).isSubsetOf(expected);
            assertThat(found).contains(p.http(), p.https(), p.admin(), p.iiop(), p.iiopSsl(), p.iiopMutualAuth(),
                    p.jmx(), p.jms(), p.hazelcast(), p.debug());
            Set<Integer> leftover = new HashSet<>(found);
            leftover.retainAll(stockPorts);
            leftover.removeAll(expected);
            assertThat(leftover).as("stock ports left").isEmpty();
            assertThat(rewritten).contains("<jvm-options>-Xmx1g</jvm-options>").doesNotContain("-Xmx512m");
        }
    }

    @Test
    void runAndTestPortsDoNotOverlap() {
        Set<Integer> run = new HashSet<>(DomainXml.ports(Ports.RUN).values());
        run.add(Ports.RUN.db());
        run.add(Ports.RUN.keycloak());
        run.add(Ports.RUN.keycloakManagement());
        Set<Integer> test = new HashSet<>(DomainXml.ports(Ports.TEST).values());
        test.add(Ports.TEST.db());
        test.add(Ports.TEST.keycloak());
        test.add(Ports.TEST.keycloakManagement());
        assertThat(run).hasSize(DomainXml.ports(Ports.RUN).size() + 3).doesNotContainAnyElementsOf(test);
        assertThat(Ports.RUN.baseUrl()).isEqualTo("http://localhost:18080");
        assertThat(Ports.TEST.realmUrl()).isEqualTo("http://localhost:28480/realms/motcua");
        assertThat(Ports.TEST.admin()).isEqualTo(24848);
        assertThat(Ports.RUN.db()).isEqualTo(13306);
    }

    /**
     * Every port the XML names: attributes called port or *-port, values of system properties named
     * *_PORT, the debugger address and the OSGi shell port in JVM options.
     */
    static Set<Integer> portsIn(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Set<Integer> ports = new HashSet<>();
        List<String> unresolved = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            NamedNodeMap attrs = e.getAttributes();
            for (int j = 0; j < attrs.getLength(); j++) {
                Node a = attrs.item(j);
                String name = a.getNodeName().toLowerCase();
                String v = a.getNodeValue();
                if ((name.equals("port") || name.endsWith("-port")) && !v.equals("true") && !v.equals("false")) {
                    if (NUMBER.matcher(v).matches()) {
                        ports.add(Integer.parseInt(v));
                    } else {
                        unresolved.add(v); // ${SYSTEM_PROPERTY}: checked through the properties below
                    }
                }
            }
            if (e.getTagName().equals("system-property") && e.getAttribute("name").endsWith("_PORT")) {
                ports.add(Integer.parseInt(e.getAttribute("value")));
            }
            if (e.hasAttribute("debug-options")) {
                Matcher m = Pattern.compile("address=(\\d+|\\$\\{JAVA_DEBUGGER_PORT})").matcher(e.getAttribute("debug-options"));
                assertThat(m.find()).as(e.getAttribute("debug-options")).isTrue();
                if (!m.group(1).startsWith("$")) {
                    ports.add(Integer.parseInt(m.group(1)));
                }
            }
            if (e.getTagName().equals("jvm-options")) {
                Matcher m = Pattern.compile("\\.port=(\\d+)$").matcher(e.getTextContent());
                if (m.find()) {
                    ports.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(unresolved).allMatch(v -> v.matches("\\$\\{[A-Z_]+_PORT}"));
        return ports;
    }
}
