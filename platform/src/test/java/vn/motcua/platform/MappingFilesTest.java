package vn.motcua.platform;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persistence unit is made of the domain modules' mapping files: each module's file names
 * exactly the module's own entities, embeddables, mapped superclasses and converters, and the unit
 * names every module's file. An entity left out of its module's file would not be managed (the unit
 * excludes unlisted classes), and the failure would show only at its first query.
 */
class MappingFilesTest {

    private static final Map<String, DescribedPredicate<JavaClass>> DOMAIN_MODULES =
            Map.of("tenants", Modules.TENANTS, "catalog", Modules.CATALOG, "engine", Modules.ENGINE);

    @Test
    void each_modules_mapping_file_lists_exactly_its_managed_classes() throws Exception {
        for (Map.Entry<String, DescribedPredicate<JavaClass>> module : DOMAIN_MODULES.entrySet()) {
            Set<String> managed = Modules.production().stream()
                    .filter(module.getValue())
                    .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)
                            || c.isAnnotatedWith(MappedSuperclass.class) || c.isAnnotatedWith(Converter.class))
                    .map(JavaClass::getName)
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(managed).as(module.getKey() + " has managed classes").isNotEmpty();
            assertThat(listedIn("META-INF/orm-" + module.getKey() + ".xml"))
                    .as("the classes META-INF/orm-%s.xml names", module.getKey())
                    .isEqualTo(managed);
        }
    }

    @Test
    void the_unit_is_made_of_every_domain_modules_mapping_file() throws Exception {
        Element unit = (Element) parse("META-INF/persistence.xml").getElementsByTagName("persistence-unit").item(0);

        assertThat(unit.getAttribute("name")).isEqualTo("motcua");
        assertThat(texts(unit.getElementsByTagName("mapping-file")))
                .containsExactly("META-INF/orm-tenants.xml", "META-INF/orm-catalog.xml", "META-INF/orm-engine.xml");
        assertThat(unit.getElementsByTagName("class").getLength()).as("classes are listed by the modules, not here").isZero();
        assertThat(texts(unit.getElementsByTagName("exclude-unlisted-classes"))).containsExactly("true");
    }

    private static Set<String> listedIn(String mappingFile) throws Exception {
        Set<String> listed = new TreeSet<>();
        Element root = parse(mappingFile);
        for (String kind : List.of("entity", "embeddable", "mapped-superclass", "converter")) {
            NodeList nodes = root.getElementsByTagName(kind);
            for (int i = 0; i < nodes.getLength(); i++) {
                listed.add(((Element) nodes.item(i)).getAttribute("class"));
            }
        }
        return listed;
    }

    /** The one resource of that name on the class path (two would make EclipseLink refuse the unit). */
    private static Element parse(String resource) throws Exception {
        List<URL> found = Collections.list(MappingFilesTest.class.getClassLoader().getResources(resource));
        assertThat(found).as(resource).hasSize(1);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        try (InputStream in = found.get(0).openStream()) {
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
