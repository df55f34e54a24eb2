package vn.motcua.catalog.exchange;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import vn.motcua.catalog.ActorRoles;
import vn.motcua.catalog.AdministrativeLevel;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.StepDefinition;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a catalog version as YAML in the layout of the reference transcriptions
 * ({@code reference/quang-tri-ldtbxh-2024.yaml}), so a catalog can be kept in a repository,
 * reviewed as text and read back with {@link vn.motcua.catalog.ReferenceCatalogReader}.
 *
 * <p>Sub-steps are nested under their step and inherit its level, as the reference files write
 * them; a sub-step states {@code level} only where it differs (an explicit {@code level: null}
 * where it has none under a step that has one). A not-counted step says {@code days: null}.
 *
 * <p>Two attributes go beyond what {@code ReferenceCatalogReader} reads today, and are written
 * only where the document-wide value would be wrong: {@code field} on a procedure whose field
 * differs from the document's (the most common one), and {@code role} on a step whose role an
 * admin set apart from what the actor's wording implies.
 */
public final class YamlExport {

    /** {@code ReferenceCatalogReader} builds a version's title as decision + this + issuer. */
    private static final String TITLE_SEPARATOR = " — ";

    private YamlExport() {
    }

    public static String toYaml(CatalogVersion version) {
        return yaml().dump(document(version));
    }

    /** Writes UTF-8. */
    public static void write(CatalogVersion version, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        yaml().dump(document(version), writer);
        writer.flush();
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        return new Yaml(options);
    }

    private static Map<String, Object> document(CatalogVersion version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        String title = version.title();
        int separator = title.indexOf(TITLE_SEPARATOR);
        if (separator >= 0) {
            doc.put("issuer", title.substring(separator + TITLE_SEPARATOR.length()));
            doc.put("decision", title.substring(0, separator));
        } else {
            doc.put("decision", title);
        }
        if (version.decisionDate() != null) {
            doc.put("year", version.decisionDate().getYear());
        }
        doc.put("replaces", new ArrayList<>(version.replaces()));
        String field = mostCommonField(version.procedures());
        doc.put("field", field);
        List<Object> procedures = new ArrayList<>();
        for (Procedure procedure : version.procedures()) {
            procedures.add(procedure(procedure, field));
        }
        doc.put("procedures", procedures);
        return doc;
    }

    private static Map<String, Object> procedure(Procedure procedure, String documentField) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", procedure.name());
        p.put("code", procedure.nationalCode());
        if (!Objects.equals(procedure.field(), documentField)) {
            p.put("field", procedure.field());
        }
        p.put("online_level", procedure.onlineLevel().name().toLowerCase(Locale.ROOT));
        if (procedure.handlingLevel() != null) {
            p.put("handled_at", levelName(procedure.handlingLevel()));
        }
        p.put("total_days", days(procedure.totalDays()));
        List<Object> steps = new ArrayList<>();
        for (StepDefinition step : procedure.steps()) {
            if (!isNestable(step, procedure)) {
                steps.add(step(step, procedure, null, false));
            }
        }
        p.put("steps", steps);
        return p;
    }

    private static Map<String, Object> step(StepDefinition step, Procedure procedure, AdministrativeLevel inherited,
                                            boolean nested) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("no", step.number());
        if (step.actorUnit() != null) {
            s.put("actor", step.actorUnit());
        }
        if (step.actorRole() != null && !step.actorRole().equals(ActorRoles.roleOf(step.actorUnit()))) {
            s.put("role", step.actorRole());
        }
        if (step.content() != null) {
            s.put("what", step.content());
        }
        s.put("days", step.budgetDays() == null ? null : days(step.budgetDays()));
        if (nested ? step.level() != inherited : step.level() != null) {
            s.put("level", step.level() == null ? null : levelName(step.level()));
        }
        List<Object> substeps = new ArrayList<>();
        for (StepDefinition sub : procedure.steps()) {
            if (step.number().equals(sub.parentNumber()) && sub != step) {
                substeps.add(step(sub, procedure, step.level(), true));
            }
        }
        if (!substeps.isEmpty()) {
            s.put("substeps", substeps);
        }
        return s;
    }

    /** A sub-step is written under its parent; one whose parent is not in the procedure stays on the top level. */
    private static boolean isNestable(StepDefinition step, Procedure procedure) {
        return step.isSubStep() && procedure.steps().stream()
                .anyMatch(s -> s != step && s.number().equals(step.parentNumber()));
    }

    private static String mostCommonField(List<Procedure> procedures) {
        Map<String, Long> counts = procedures.stream()
                .filter(p -> p.field() != null)
                .collect(Collectors.groupingBy(Procedure::field, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry::getValue))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static String levelName(AdministrativeLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    /** Whole days as integers, quarter days as decimals: 3, 0.5, 1.75. */
    private static Number days(BigDecimal days) {
        BigDecimal plain = days.stripTrailingZeros();
        return plain.scale() <= 0 ? (Number) plain.intValueExact() : (Number) plain.doubleValue();
    }
}
