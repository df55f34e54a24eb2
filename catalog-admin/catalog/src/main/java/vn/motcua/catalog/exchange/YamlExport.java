package vn.motcua.catalog.exchange;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.NotificationChannel;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.StepDefinition;
import vn.motcua.catalog.version.StepOutcome;

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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a catalog version as YAML in the layout of the reference transcriptions
 * ({@code reference/quang-tri-ldtbxh-2024.yaml}), so a catalog can be kept in a repository,
 * reviewed as text and read back with {@link vn.motcua.catalog.exchange.ReferenceCatalogReader}, which
 * describes every key.
 *
 * <p>Sub-steps are nested under their step and inherit its level, as the reference files write
 * them; a sub-step states {@code level} only where it differs (an explicit {@code level: null}
 * where it has none under a step that has one). A not-counted step says {@code days: null}.
 *
 * <p>What most procedures share is written once at the top, as the reference does: the
 * {@code field} and the three channel lists are the most common ones, and a procedure states its
 * own only where it differs ({@code submission_channels: []} when it states none). A step states
 * {@code role} only where an admin set it apart from what the actor's wording implies.
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
        String issuer = version.issuer() != null || separator < 0 ? version.issuer()
                : title.substring(separator + TITLE_SEPARATOR.length());
        if (issuer != null) {
            doc.put("issuer", issuer);
        }
        doc.put("decision", version.decisionNumber());
        if (!title.equals(ReferenceCatalogReader.titleOf(version.decisionNumber(), issuer))) {
            doc.put("title", title);
        }
        if (version.decisionYear() != null) {
            doc.put("year", version.decisionYear());
        }
        doc.put("replaces", new ArrayList<>(version.replaces()));
        Shared shared = new Shared(
                mostCommon(version.procedures(), Procedure::field),
                mostCommon(version.procedures(), Procedure::submissionChannels),
                mostCommon(version.procedures(), Procedure::notificationChannels),
                mostCommon(version.procedures(), Procedure::resultChannels));
        doc.put("field", shared.field());
        putChannels(doc, "submission_channels", shared.submission());
        putChannels(doc, "notification_channels", shared.notification());
        putChannels(doc, "result_delivery", shared.result());
        if (version.portalUrl() != null) {
            doc.put("portal", version.portalUrl());
        }
        List<Object> procedures = new ArrayList<>();
        for (Procedure procedure : version.procedures()) {
            procedures.add(procedure(procedure, shared));
        }
        doc.put("procedures", procedures);
        return doc;
    }

    /** What the document states once for every procedure. */
    private record Shared(String field, Set<Channel> submission, Set<NotificationChannel> notification, Set<Channel> result) {
    }

    private static Map<String, Object> procedure(Procedure procedure, Shared shared) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", procedure.name());
        p.put("code", procedure.nationalCode());
        if (!Objects.equals(procedure.field(), shared.field())) {
            p.put("field", procedure.field());
        }
        p.put("online_level", procedure.onlineLevel().name().toLowerCase(Locale.ROOT));
        if (procedure.handlingLevel() != null) {
            p.put("handled_at", levelName(procedure.handlingLevel()));
        }
        p.put("total_days", days(procedure.totalDays()));
        if (!procedure.submissionChannels().equals(shared.submission())) {
            p.put("submission_channels", names(procedure.submissionChannels()));
        }
        if (!procedure.notificationChannels().equals(shared.notification())) {
            p.put("notification_channels", names(procedure.notificationChannels()));
        }
        if (!procedure.resultChannels().equals(shared.result())) {
            p.put("result_delivery", names(procedure.resultChannels()));
        }
        if (!procedure.documents().isEmpty()) {
            p.put("documents", procedure.documents().stream().map(YamlExport::document).toList());
        }
        if (!procedure.fees().isEmpty()) {
            p.put("fees", procedure.fees().stream().map(YamlExport::fee).toList());
        }
        if (procedure.legalBasis() != null) {
            p.put("legal_basis", procedure.legalBasis());
        }
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
        if (step.isPosting()) {
            s.put("kind", step.kind().name().toLowerCase(Locale.ROOT));
            s.put("posting_days", step.postingDays() == null ? null : days(step.postingDays()));
        }
        if (!step.outcomes().isEmpty()) {
            s.put("outcomes", step.outcomes().stream().map(YamlExport::outcome).toList());
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

    private static Map<String, Object> document(RequiredDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        if (d.form() != null) {
            m.put("form", d.form());
        }
        m.put("originals", d.originals());
        m.put("copies", d.copies());
        if (d.note() != null) {
            m.put("note", d.note());
        }
        return m;
    }

    private static Map<String, Object> fee(Fee f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", f.description());
        m.put("amount", f.isFree() ? "free" : (Object) f.amountVnd().toBigInteger());
        if (f.legalBasis() != null) {
            m.put("basis", f.legalBasis());
        }
        return m;
    }

    private static Map<String, Object> outcome(StepOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", o.kind().name().toLowerCase(Locale.ROOT));
        if (o.targetStep() != null) {
            m.put("to", o.targetStep());
        }
        if (o.label() != null) {
            m.put("label", o.label());
        }
        return m;
    }

    private static void putChannels(Map<String, Object> doc, String key, Set<? extends Enum<?>> channels) {
        if (channels != null && !channels.isEmpty()) {
            doc.put(key, names(channels));
        }
    }

    private static List<String> names(Set<? extends Enum<?>> channels) {
        return channels.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The value most procedures have (the first of them on a tie); null only when none has one.
     * An empty channel set counts like any other value, so a catalog that states no channels writes none.
     */
    private static <T> T mostCommon(List<Procedure> procedures, Function<Procedure, T> attribute) {
        Map<T, Long> counts = procedures.stream()
                .map(attribute)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
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
