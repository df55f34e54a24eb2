package vn.motcua.catalog.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.StoredAdoption;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.exchange.ReferenceCatalogReader;
import vn.motcua.catalog.exchange.YamlDocuments;
import vn.motcua.catalog.serviceday.ServiceDayReader;
import vn.motcua.catalog.version.CatalogValidation;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.LegalBasis;
import vn.motcua.tenants.persistence.Tenancy;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads the demo province, district, commune and ward with Quảng Trị's decision 71/QĐ-UBND and
 * Phường 5's service days, from data files shipped in this jar ({@code demo/demo.yaml}). Runs
 * once: a tenant that already exists is left as it is.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "motcua.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    Tenancy tenancy;

    @Transactional
    public void loadIfEnabled() {
        if (!enabled) {
            return;
        }
        EntityManager em = tenancy.asSystem();
        Map<String, Object> demo = yaml("demo/demo.yaml");
        int added = 0;
        for (Map<String, Object> t : list(demo, "tenants")) {
            String id = t.get("id").toString();
            Tenant tenant = em.find(Tenant.class, id);
            if (tenant == null) {
                tenant = new Tenant(id, t.get("name").toString(), TenantKind.valueOf(t.get("kind").toString()),
                        (String) t.get("parent"));
                em.persist(tenant);
                added++;
            }
            if (tenant.unitCode() == null && t.get("unit_code") != null) {
                tenant.setUnitCode(t.get("unit_code").toString()); // also on a database kept from before unit codes
            }
            em.flush(); // parents first: the parent is a plain column, EclipseLink cannot order the inserts
        }
        if (added == 0) {
            LOG.info("demo data already present");
            return;
        }
        em = tenancy.asSystem(); // the new tenants are now part of "everything"
        for (Map<String, Object> c : list(demo, "catalogs")) {
            Map<String, Object> decision = yaml(c.get("file").toString());
            CatalogVersion version;
            try (InputStream in = resource(c.get("file").toString())) {
                version = ReferenceCatalogReader.read(c.get("tenant").toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var problems = CatalogValidation.check(version);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("demo catalog " + c.get("file") + " is invalid: " + problems);
            }
            @SuppressWarnings("unchecked")
            List<String> replaces = (List<String>) decision.getOrDefault("replaces", List.of());
            version.publish(new LegalBasis(decision.get("decision").toString(), date(c, "decision_date"),
                    date(c, "effective_from"), replaces), clock.instant());
            em.persist(version);
        }
        for (Map<String, Object> s : list(demo, "service_days")) {
            try (InputStream in = resource(s.get("file").toString())) {
                ServiceDayReader.read(s.get("tenant").toString(), in).forEach(em::persist);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Map<String, Object> a : list(demo, "adoptions")) {
            List<ProcedureKey> keys = list(a, "procedures").stream()
                    .map(p -> p.containsKey("code") ? ProcedureKey.ofCode(p.get("code").toString()) : ProcedureKey.ofName(p.get("name").toString()))
                    .toList();
            em.persist(new StoredAdoption(Adoption.only(a.get("tenant").toString(), keys)));
        }
        LOG.info(() -> "demo data loaded");
    }

    private static LocalDate date(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value instanceof Date d
                ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> doc, String key) {
        return (List<Map<String, Object>>) doc.getOrDefault(key, List.of());
    }

    private static Map<String, Object> yaml(String path) {
        try (InputStream in = resource(path)) {
            return YamlDocuments.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = DemoData.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing data file " + path);
        }
        return in;
    }
}
