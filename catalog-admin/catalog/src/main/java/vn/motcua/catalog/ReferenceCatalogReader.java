package vn.motcua.catalog;


import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a decision transcribed as YAML (the layout of {@code reference/quang-tri-ldtbxh-2024.yaml})
 * into a draft {@link CatalogVersion} of the given tenant.
 */
public final class ReferenceCatalogReader {

    private ReferenceCatalogReader() {
    }

    public static CatalogVersion read(String tenantId, InputStream yaml) {
        Map<String, Object> doc = YamlDocuments.load(yaml);
        String decision = text(doc.get("decision"));
        String issuer = text(doc.get("issuer"));
        String field = text(doc.get("field"));
        CatalogVersion version = new CatalogVersion(tenantId, decision + (issuer == null ? "" : " — " + issuer));
        for (Map<String, Object> p : list(doc.get("procedures"))) {
            Procedure procedure = version.addProcedure(
                    text(p.get("code")),
                    text(p.get("name")),
                    p.containsKey("field") ? text(p.get("field")) : field,
                    level(p.get("handled_at")),
                    OnlineLevel.valueOf(text(p.get("online_level")).toUpperCase(Locale.ROOT)),
                    days(p.get("total_days")));
            for (Map<String, Object> step : list(p.get("steps"))) {
                addStep(procedure, step, null, level(step.get("level")));
            }
        }
        return version;
    }

    private static void addStep(Procedure procedure, Map<String, Object> step, String parent, AdministrativeLevel inherited) {
        String actor = text(step.get("actor"));
        AdministrativeLevel level = step.containsKey("level") ? level(step.get("level")) : inherited;
        String role = step.containsKey("role") ? text(step.get("role")) : ActorRoles.roleOf(actor);
        procedure.addStep(text(step.get("no")), parent, actor, role, text(step.get("what")),
                days(step.get("days")), level);
        for (Map<String, Object> sub : list(step.get("substeps"))) {
            addStep(procedure, sub, text(step.get("no")), level);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().trim();
    }

    private static BigDecimal days(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static AdministrativeLevel level(Object value) {
        return value == null ? null : AdministrativeLevel.valueOf(value.toString().toUpperCase(Locale.ROOT));
    }
}
