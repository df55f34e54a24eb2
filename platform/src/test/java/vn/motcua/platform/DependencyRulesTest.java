package vn.motcua.platform;

import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.tenants.access.LoginSessions;
import vn.motcua.tenants.keycloak.KeycloakAdmin;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.time.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
 *
 * <p>Within the modules, the rules of the packages: the UIs and the API reach the database only
 * through the services; the API's problem, input and OpenAPI packages serve the resources and know
 * none; the catalog's model lies below its services; the domain modules speak no HTTP and draw no
 * screen; "now" comes from the injected clock. Each rule is shown to catch a fixture of this
 * module's tests that breaks it.
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

    /** The UIs and the API read and write through the services: no entity manager, query or persistence context of their own. */
    static ArchRule screensAndResourcesGoThroughServices() {
        return noClasses().that().resideInAnyPackage("vn.motcua.api..", "vn.motcua.admin..", "vn.motcua.desk..", "vn.motcua.web..")
                .should().dependOnClassesThat().belongToAnyOf(EntityManager.class, EntityManagerFactory.class, Query.class,
                        TypedQuery.class, PersistenceContext.class)
                .orShould().callMethod(Tenancy.class, "entityManager")
                .orShould().callMethod(Tenancy.class, "asSystem")
                .as("the UIs and the API reach the database only through the services");
    }

    /** What every resource shares (problem+json, strict input, the OpenAPI document) knows no resource. */
    static ArchRule apiInfrastructureKnowsNoResource() {
        return noClasses().that().resideInAnyPackage("vn.motcua.api.problem..", "vn.motcua.api.input..", "vn.motcua.api.openapi..")
                .should().dependOnClassesThat().areAnnotatedWith(Path.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("vn.motcua.api.catalog..", "vn.motcua.api.tenants..",
                        "vn.motcua.api.calendar..", "vn.motcua.api.clock..", "vn.motcua.api.dossier..")
                .as("api.problem, api.input and api.openapi serve the resources and know none of them");
    }

    /** The catalog's model (entities, values, rules, formats) lies below the services that store and read it. */
    static ArchRule catalogModelBelowItsServices() {
        return noClasses().that().resideInAnyPackage("vn.motcua.catalog.version..", "vn.motcua.catalog.adoption..",
                        "vn.motcua.catalog.serviceday..", "vn.motcua.catalog.diff..", "vn.motcua.catalog.exchange..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.catalog.service..")
                .as("the catalog's model does not use the catalog's services");
    }

    /** The services never read HTTP or draw a screen: the web modules fill the caller in before they run. */
    static ArchRule domainModulesSpeakNoHttp() {
        return noClasses().that(Modules.TENANTS.or(Modules.CATALOG).or(Modules.ENGINE))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "com.vaadin..")
                .as("the domain modules use no JAX-RS, servlet or Vaadin class");
    }

    /**
     * "Now" comes from the one injected {@link Clock} ({@link Clocks} produces it, tests move it): no
     * class reads the system's time itself — no {@code Instant.now()}, {@code LocalDate.now()} and the
     * like without a clock, no {@code Clock.systemUTC()}. {@code now(clock)} is fine. The exceptions
     * live in real time on purpose, each saying so where it does: {@link Clocks} itself, the ended
     * logins ({@link LoginSessions}: Keycloak's sessions end in real time) and the Keycloak admin
     * client ({@link KeycloakAdmin}: its service account's token expires in real time).
     */
    static ArchRule nowComesFromTheInjectedClock() {
        return noClasses().that().doNotBelongToAnyOf(Clocks.class, LoginSessions.class, KeycloakAdmin.class)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now", ZoneId.class)
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "system", ZoneId.class)
                .as("\"now\" comes from the injected java.time.Clock, except where real time is meant (Clocks, LoginSessions, KeycloakAdmin)");
    }

    static Stream<Arguments> packageRules() {
        return Stream.of(
                Arguments.of(screensAndResourcesGoThroughServices(), "vn.motcua.api.catalog.QueriesItselfFixture"),
                Arguments.of(apiInfrastructureKnowsNoResource(), "vn.motcua.api.problem.KnowsAResourceFixture"),
                Arguments.of(catalogModelBelowItsServices(), "vn.motcua.catalog.version.UsesAServiceFixture"),
                Arguments.of(domainModulesSpeakNoHttp(), "vn.motcua.catalog.service.ReadsHttpFixture"),
                Arguments.of(nowComesFromTheInjectedClock(), "vn.motcua.catalog.service.ReadsTheSystemClockFixture"));
    }

    @ParameterizedTest
    @MethodSource("packageRules")
    void every_package_rule_holds(ArchRule rule, String fixture) {
        rule.check(Modules.production());
    }

    @ParameterizedTest
    @MethodSource("packageRules")
    void every_package_rule_catches_its_fixture_and_nothing_else(ArchRule rule, String fixture) {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> rule.check(Modules.withTestFixtures()));

        assertThat(failure).as("the rule lets %s pass", fixture).isNotNull();
        List<String> violations = failure.getMessage().lines().dropWhile(line -> !line.contains("was violated")).skip(1).toList();
        assertThat(violations).isNotEmpty().allMatch(line -> line.contains("<" + fixture + "."), "names only " + fixture);
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
        assertThat(failure.getMessage()).contains("was violated (4 times)", "<vn.motcua.catalog.version.Procedure>", "<vn.motcua.engine.dossier.Dossier>");
        List<String> violations = failure.getMessage().lines().dropWhile(line -> !line.contains("was violated")).skip(1).toList();
        assertThat(violations).hasSize(4).allMatch(line -> line.startsWith("Method <vn.motcua.tenants.ReachesUpFixture."));
    }
}
