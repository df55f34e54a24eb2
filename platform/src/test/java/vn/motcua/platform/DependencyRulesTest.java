package vn.motcua.platform;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The dependency rules of docs/DESIGN.md ("Where things go"), executable: data flows one way,
 * tenants ← catalog ← engine ← the API and the UIs; web (what the Vaadin WARs share) serves only the
 * desk and the admin; the platform assembles everything; nothing depends on a web module or on the
 * platform. The build fails when a class imports from a module it may not use.
 *
 * <p>Maven's module dependencies already refuse most such imports at compile time; this test also
 * holds when a pom gains a dependency it should not, and names the offending class and member.
 */
class DependencyRulesTest {

    static ArchRule modules() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("tenants").definedBy(Modules.TENANTS)
                .layer("catalog").definedBy(Modules.CATALOG)
                .layer("engine").definedBy(Modules.ENGINE)
                .layer("platform").definedBy(Modules.PLATFORM)
                .layer("web").definedBy(Modules.WEB)
                .layer("api").definedBy(Modules.API)
                .layer("desk").definedBy(Modules.DESK)
                .layer("admin-ui").definedBy(Modules.ADMIN_UI)
                .whereLayer("tenants").mayOnlyBeAccessedByLayers("catalog", "engine", "platform", "web", "api", "desk", "admin-ui")
                .whereLayer("catalog").mayOnlyBeAccessedByLayers("engine", "platform", "api", "desk", "admin-ui")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("platform", "api", "desk", "admin-ui")
                .whereLayer("web").mayOnlyBeAccessedByLayers("desk", "admin-ui")
                .whereLayer("platform").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("desk").mayNotBeAccessedByAnyLayer()
                .whereLayer("admin-ui").mayNotBeAccessedByAnyLayer();
    }

    @Test
    void no_module_uses_one_it_may_not() {
        // every layer must hold classes (ArchUnit fails on an empty one), so a module missing from the
        // test's class path cannot pass unnoticed
        modules().check(Modules.production());
    }

    @Test
    void a_tenants_class_that_uses_the_catalog_and_the_engine_breaks_the_rules() {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> modules().check(Modules.withTestFixtures()));

        assertThat(failure).as("the rules let the fixture pass").isNotNull();
        // its two parameters and two calls, and nothing else
        assertThat(failure.getMessage()).contains("was violated (4 times)", "<vn.motcua.catalog.version.Procedure>", "<vn.motcua.engine.Dossier>");
        List<String> violations = failure.getMessage().lines().dropWhile(line -> !line.contains("was violated")).skip(1).toList();
        assertThat(violations).hasSize(4).allMatch(line -> line.startsWith("Method <vn.motcua.tenants.ReachesUpFixture."));
    }
}
