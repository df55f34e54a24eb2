package vn.motcua.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.StoredAdoption;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.catalog.service.CatalogService;
import vn.motcua.catalog.service.PublishingService;
import vn.motcua.catalog.serviceday.ServiceDay;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.LegalBasis;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.ProcedureFilter;
import vn.motcua.catalog.version.VersionSummary;
import vn.motcua.engine.command.DossierCommands;
import vn.motcua.engine.command.Claim;
import vn.motcua.engine.command.Receive;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.ClientInfo;
import vn.motcua.engine.read.DossierFilter;
import vn.motcua.engine.read.DossierQueries;
import vn.motcua.catalog.version.Channel;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.admin.FirstAdmin;
import vn.motcua.tenants.admin.Merger;
import vn.motcua.tenants.admin.NewTenant;
import vn.motcua.tenants.admin.TenantAdministration;
import vn.motcua.tenants.admin.TenantView;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.NotFound;
import vn.motcua.tenants.tree.TenantKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The isolation suite inside Payara, through the CDI services the admin and desk UIs call: a
 * {@link Caller} is put in the {@link CallerContext} as the UIs' filter does, then every catalog
 * and tenant operation is called with another tenant's ids. Also checks the data layer itself:
 * JPQL with no tenant condition, and {@code find} by primary key, return no foreign rows.
 *
 * <p>The deployment is the built EAR plus a small test WAR (this class), see {@link InContainer}.
 */
@ExtendWith(ArquillianExtension.class)
class IsolationInContainerIT {

    @Deployment
    static EnterpriseArchive deployment() throws IOException, URISyntaxException {
        return InContainer.ear(IsolationInContainerIT.class);
    }

    @Inject
    CallerContext callers;

    @Inject
    Tenancy tenancy;

    @Inject
    CatalogService catalog;

    @Inject
    PublishingService publishing;

    @Inject
    AdoptionService adoptions;

    @Inject
    TenantAdministration tenants;

    @Inject
    DossierQueries dossiers;

    @Inject
    DossierCommands commands;

    private static final LegalBasis BASIS = new LegalBasis("9/QĐ-X", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), List.of());

    @Test
    void another_provinces_admin_gets_nothing_of_quang_tri_through_the_catalog_services() throws Exception {
        as("qt.admin", "quang-tri", Role.CATALOG_ADMIN);
        long decision71 = decision71();
        long procedure = firstProcedureOf71().id();
        ProcedureDraft form = inTransaction(() -> catalog.version(decision71).procedures().get(0).toDraft());

        as("th.admin", "thanh-hoa", Role.CATALOG_ADMIN);
        assertThatThrownBy(() -> catalog.version(decision71)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> catalog.exportYaml(decision71)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> catalog.exportSpreadsheet(decision71)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> catalog.diff(decision71, decision71)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> publishing.publish(decision71, BASIS)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> publishing.draftProcedure(procedure)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> publishing.draftProcedureFor(procedure)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> catalog.procedure(procedure)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> publishing.removeProcedure(procedure)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> publishing.saveProcedure(procedure, form))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> publishing.importDraft("quang-tri", yaml())).isInstanceOf(AccessDenied.class);
        assertThat(catalog.ownProcedures("tham vieng", 0, 50)).isEmpty();
        assertThat(catalog.ownVersions()).extracting(VersionSummary::id).doesNotContain(decision71);
        assertThat(catalog.versionInEffect(Instant.now())).map(CatalogVersion::tenantId).isEmpty();
        assertThat(catalog.serviceDays()).isEmpty();
        assertThatThrownBy(() -> adoptions.adopt(Adoption.all("hai-lang"), Instant.now())).isInstanceOf(AccessDenied.class);
        assertThat(adoptions.effectiveCatalog(Instant.now())).isEmpty();
        // the adoption screen's paged reads find no version to adopt from in another province
        assertThat(catalog.versionRefInEffect(Instant.now())).isEmpty();
        assertThat(adoptions.adoptableVersion(Instant.now())).isEmpty();
        assertThat(adoptions.adoptableProcedures(ProcedureFilter.search("tham vieng"), 0, 50, Instant.now())).isEmpty();
        assertThat(adoptions.adoptedProcedures(ProcedureFilter.search("tham vieng"), Instant.now())).isEmpty();
        assertThat(adoptions.countAdoptableProcedures(ProcedureFilter.NONE, Instant.now())).isZero();
        assertThat(adoptions.adoptableKeys(ProcedureFilter.NONE, Instant.now())).isEmpty();
        assertThat(adoptions.adoptableFields(Instant.now())).isEmpty();

        // a ward of the province pages through the decision it adopts
        as("p5.admin", "phuong-5", Role.CATALOG_ADMIN);
        assertThat(adoptions.adoptableProcedures(ProcedureFilter.search("tham vieng"), 0, 50, Instant.now()))
                .extracting(Procedure::name).containsExactly(Demo.VISIT_GRAVES);
        assertThat(adoptions.adoptableProcedures(ProcedureFilter.NONE, 0, 50, Instant.now()))
                .allMatch(p -> p.tenantId().equals("quang-tri"));

        // the same calls work for the province itself: the refusals are isolation, not breakage
        as("qt.admin", "quang-tri", Role.CATALOG_ADMIN);
        assertThat(new String(catalog.exportYaml(decision71), StandardCharsets.UTF_8)).contains(Demo.VISIT_GRAVES);
        assertThat(catalog.exportSpreadsheet(decision71)).isNotEmpty();
    }

    @Test
    void another_province_and_a_sibling_branch_get_nothing_of_the_tree_through_the_tenant_service() {
        as("th.admin", "thanh-hoa", Role.CATALOG_ADMIN);
        assertThat(tenants.visible()).extracting(TenantView::id).containsExactly("thanh-hoa");
        assertThatThrownBy(() -> tenants.find("quang-tri")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tenants.history("hai-lang")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tenants.rename("hai-que", "Xã X", null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tenants.move("hai-que", "thanh-hoa", null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tenants.merge(new Merger(List.of("hai-que", "phuong-5"), "phuong-5", null, null, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tenants.create(new NewTenant("it-x-" + System.nanoTime(), "Xã X", TenantKind.COMMUNE, "quang-tri",
                new FirstAdmin("it.x.admin", "it.x@motcua.test", "X", "Y")))).isInstanceOf(NotFound.class);

        // a ward under the province sees neither the province nor the district beside it
        as("p5.admin", "phuong-5", Role.CATALOG_ADMIN);
        assertThat(tenants.visible()).extracting(TenantView::id).containsExactly("phuong-5");
        assertThatThrownBy(() -> tenants.find("hai-lang")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tenants.rename("quang-tri", "Tỉnh X", null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tenants.rename("phuong-5", "Phường X", null)).isInstanceOf(AccessDenied.class);
        // yet it reads the province's published decision, which it adopts
        as("qt.admin", "quang-tri", Role.CATALOG_ADMIN);
        long decision71 = decision71();
        as("p5.admin", "phuong-5", Role.CATALOG_ADMIN);
        assertThat(catalog.version(decision71).tenantId()).isEqualTo("quang-tri");
    }

    @Test
    void the_data_layer_returns_no_foreign_rows_to_a_query_without_a_tenant_condition() throws Exception {
        String foreign = receive("p5.reception", "phuong-5", "Mai Thị Lan");
        String own = receive("hailang.reception", "hai-lang", "Lưu Văn Khánh");
        as("qt.admin", "quang-tri", Role.CATALOG_ADMIN);
        long procedure = firstProcedureOf71().id();
        long foreignProcedures = inTransaction(() -> tenancy.asSystem()
                .createQuery("select count(p) from Procedure p where p.tenantId <> 'thanh-hoa'", Long.class).getSingleResult());
        assertThat(foreignProcedures).as("procedures of other tenants than Thanh Hóa exist").isPositive();

        // the desk reads its own unit's dossiers, the one received above among them, and no other unit's
        as("hailang.reception", "hai-lang", Role.RECEPTION);
        inTransaction(() -> {
            EntityManager em = tenancy.entityManager();
            // a dossier is reached through its participants, whose tenant criteria are the data layer's
            assertThat(em.createQuery("select p.tenantId from DossierParticipant p", String.class).getResultList()).containsOnly("hai-lang");
            assertThat(em.createQuery("select p.dossier.code from DossierParticipant p", String.class).getResultList())
                    .contains(own).doesNotContain(foreign);
            assertThat(em.createQuery("select p from DossierParticipant p where p.dossier.code = :c", Object.class)
                    .setParameter("c", foreign).getResultList()).isEmpty();
            return null;
        });
        assertThat(dossiers.get(own).applicant().name()).isEqualTo("Lưu Văn Khánh");
        assertThatThrownBy(() -> dossiers.get(foreign)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> dossiers.history(foreign)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> commands.execute(new Claim(foreign, null, "1"), ClientInfo.NONE)).isInstanceOf(NotFound.class);

        // another province, whose catalog is empty, gets none of the others' rows
        as("th.admin", "thanh-hoa", Role.CATALOG_ADMIN);
        inTransaction(() -> {
            EntityManager em = tenancy.entityManager();
            assertThat(em.createQuery("select p.tenantId from Procedure p", String.class).getResultList()).isEmpty();
            assertThat(em.createQuery("select v.tenantId from CatalogVersion v", String.class).getResultList()).isEmpty();
            assertThat(em.createQuery("select a from StoredAdoption a", StoredAdoption.class).getResultList()).isEmpty();
            assertThat(em.createQuery("select s from ServiceDay s", ServiceDay.class).getResultList()).isEmpty();
            assertThat(em.createQuery("select p.dossier from DossierParticipant p", Object.class).getResultList()).isEmpty();
            assertThat(em.find(Procedure.class, procedure)).as("find by id of a foreign procedure").isNull();
            return null;
        });

        // a ward reads its own rows and, for the catalog, its province's — never a sibling's
        as("p5.admin", "phuong-5", Role.CATALOG_ADMIN);
        inTransaction(() -> {
            EntityManager em = tenancy.entityManager();
            assertThat(em.createQuery("select v.tenantId from CatalogVersion v", String.class).getResultList())
                    .contains("quang-tri").allMatch(t -> t.equals("quang-tri") || t.equals("phuong-5"));
            assertThat(em.createQuery("select a.tenantId from StoredAdoption a", String.class).getResultList())
                    .doesNotContain("hai-lang");
            return null;
        });
        as("p5.reception", "phuong-5", Role.RECEPTION);
        inTransaction(() -> {
            EntityManager em = tenancy.entityManager();
            assertThat(em.createQuery("select p.dossier.code from DossierParticipant p", String.class).getResultList())
                    .contains(foreign).doesNotContain(own);
            assertThat(em.createQuery("select p.tenantId from DossierParticipant p", String.class).getResultList()).containsOnly("phuong-5");
            return null;
        });
    }

    @Test
    void dossiers_are_read_by_the_units_desk_and_the_supervisors_above_not_by_catalog_admins_or_reporting() throws Exception {
        String code = receive("hailang.reception", "hai-lang", "Kiều Thị Mơ");

        // administering a catalog, or reporting, reads no dossier: not through the service, not through the data layer
        for (Caller noDossiers : List.of(
                new Caller("hailang.admin", "hai-lang", Set.of(Role.CATALOG_ADMIN)),
                new Caller("qt.admin", "quang-tri", Set.of(Role.CATALOG_ADMIN)),
                new Caller("qt.reporter", "quang-tri", Set.of(Role.REPORTING_OFFICER)))) {
            callers.set(noDossiers);
            assertThatThrownBy(() -> dossiers.get(code)).as(noDossiers.username()).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> dossiers.history(code)).as(noDossiers.username()).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> dossiers.list(DossierFilter.none(), 0, 50)).as(noDossiers.username()).isInstanceOf(AccessDenied.class);
            inTransaction(() -> {
                EntityManager em = tenancy.entityManager();
                assertThat(em.createQuery("select p.dossier from DossierParticipant p", Object.class).getResultList())
                        .as(noDossiers.username()).isEmpty();
                return null;
            });
        }

        // the province's supervisor reads it, with its applicant and history, two levels down; and changes nothing
        as("qt.supervisor", "quang-tri", Role.SUPERVISOR);
        assertThat(dossiers.get(code).applicant().name()).isEqualTo("Kiều Thị Mơ");
        assertThat(dossiers.history(code)).isNotEmpty();
        inTransaction(() -> {
            assertThat(tenancy.entityManager().createQuery("select p.tenantId from DossierParticipant p", String.class).getResultList())
                    .contains("hai-lang").doesNotContain("thanh-hoa");
            return null;
        });
        String step = dossiers.get(code).currentStep().number();
        assertThatThrownBy(() -> commands.execute(new Claim(code, null, step), ClientInfo.NONE)).isInstanceOf(AccessDenied.class);

        // not a supervisor of another province, nor the desk of a commune below (the desk reads its own unit only)
        as("th.supervisor", "thanh-hoa", Role.SUPERVISOR);
        assertThatThrownBy(() -> dossiers.get(code)).isInstanceOf(NotFound.class);
        as("haique.reception", "hai-que", Role.RECEPTION);
        assertThatThrownBy(() -> dossiers.get(code)).isInstanceOf(NotFound.class);
        // an admin who also works at the desk reads it as desk staff
        as("hailang.admin", "hai-lang", Role.CATALOG_ADMIN, Role.RECEPTION);
        assertThat(dossiers.get(code).code()).isEqualTo(code);
    }

    /** Receives a dossier of the first procedure in effect at {@code tenant}'s desk, as its clerk. */
    private String receive(String clerk, String tenant, String applicant) {
        as(clerk, tenant, Role.RECEPTION);
        long procedure = adoptions.effectiveCatalog(Instant.now()).orElseThrow().procedures().get(0).provinceProcedureId();
        return commands.receive(new Receive(procedure, Channel.IN_PERSON, Applicant.named(applicant)), ClientInfo.NONE).code();
    }

    private long decision71() {
        return catalog.ownVersions().stream().filter(v -> "71/QĐ-UBND".equals(v.decisionNumber())).findFirst().orElseThrow().id();
    }

    /** As Quảng Trị's admin: the first procedure of decision 71/QĐ-UBND (read in a transaction: procedures load lazily). */
    private Procedure firstProcedureOf71() throws Exception {
        long id = decision71();
        return inTransaction(() -> catalog.version(id).procedures().get(0));
    }

    private void as(String username, String tenant, String... roles) {
        callers.set(new Caller(username, tenant, Set.of(roles)));
    }

    private static InputStream yaml() {
        return new ByteArrayInputStream("decision: 1/QĐ-X\nprocedures: []\n".getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T inTransaction(Callable<T> work) throws Exception {
        return InContainer.readOnly(work);
    }
}
