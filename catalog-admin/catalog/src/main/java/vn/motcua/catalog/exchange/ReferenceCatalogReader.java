package vn.motcua.catalog.exchange;

import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.NotificationChannel;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a decision transcribed as YAML (the layout of {@code reference/quang-tri-ldtbxh-2024.yaml})
 * into a draft {@link CatalogVersion} of the given tenant.
 *
 * <p>The document states the decision ({@code issuer}, {@code decision}, {@code year},
 * {@code replaces}, {@code portal}; {@code title} when the version's differs from "decision — issuer") and what holds for every procedure unless the procedure says
 * otherwise: {@code field}, {@code submission_channels} and {@code result_delivery}
 * ({@code online}, {@code in_person}, {@code postal}), {@code notification_channels}
 * ({@code email}, {@code zalo}, {@code sms}). A procedure has {@code name}, {@code code},
 * {@code online_level}, {@code handled_at}, {@code total_days}, and may have {@code documents}
 * ({@code name}, {@code form}, {@code originals}, {@code copies}, {@code note}), {@code fees}
 * ({@code description}, {@code amount} in đồng or {@code free}, {@code basis}) and
 * {@code legal_basis}. A step has {@code no}, {@code actor}, {@code what}, {@code days} (null:
 * not counted), and may have {@code role}, {@code level} (inherited by its {@code substeps}),
 * {@code kind: posting} with {@code posting_days}, and {@code outcomes} ({@code kind}: proceed,
 * return, supplement or refuse; {@code to}: a step number; {@code label}).
 *
 * @throws IllegalArgumentException naming the procedure and step when a value cannot be read
 */
public final class ReferenceCatalogReader {

    private ReferenceCatalogReader() {
    }

    public static CatalogVersion read(String tenantId, InputStream yaml) {
        Map<String, Object> doc = YamlDocuments.load(yaml);
        if (doc == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        String decision = text(doc.get("decision"));
        String issuer = text(doc.get("issuer"));
        String field = text(doc.get("field"));
        String title = doc.get("title") == null ? titleOf(decision, issuer) : text(doc.get("title"));
        CatalogVersion version = new CatalogVersion(tenantId, title);
        version.describe(decision, doc.get("year") == null ? null : Integer.valueOf(doc.get("year").toString()),
                strings(doc.get("replaces")), issuer, text(doc.get("portal")));
        Defaults defaults = new Defaults(field, channels(doc.get("submission_channels"), Channel.class),
                channels(doc.get("result_delivery"), Channel.class),
                channels(doc.get("notification_channels"), NotificationChannel.class));
        int n = 0;
        for (Map<String, Object> p : list(doc.get("procedures"))) {
            n++;
            String where = "procedure " + n + (p.get("name") == null ? "" : " \"" + text(p.get("name")) + "\"");
            try {
                version.addProcedure(procedure(p, defaults));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return version;
    }

    /** "71/QĐ-UBND — UBND tỉnh Quảng Trị": the title of a version read without one of its own. */
    public static String titleOf(String decision, String issuer) {
        String title = Stream.of(decision, issuer).filter(Objects::nonNull)
                .collect(Collectors.joining(" — "));
        return title.isEmpty() ? "Danh mục thủ tục" : title;
    }

    private record Defaults(String field, Set<Channel> submission, Set<Channel> result, Set<NotificationChannel> notification) {
    }

    private static ProcedureDraft procedure(Map<String, Object> p, Defaults defaults) {
        List<ProcedureDraft.Step> steps = new ArrayList<>();
        for (Map<String, Object> step : list(p.get("steps"))) {
            addStep(steps, step, null, level(step.get("level")));
        }
        Object onlineLevel = p.get("online_level");
        if (onlineLevel == null) {
            throw new IllegalArgumentException("online_level is missing");
        }
        if (p.get("total_days") == null) {
            throw new IllegalArgumentException("total_days is missing");
        }
        return new ProcedureDraft(
                text(p.get("code")),
                text(p.get("name")),
                p.containsKey("field") ? text(p.get("field")) : defaults.field(),
                level(p.get("handled_at")),
                constant(OnlineLevel.class, onlineLevel, "online level"),
                days(p.get("total_days")),
                steps,
                p.containsKey("submission_channels") ? channels(p.get("submission_channels"), Channel.class) : defaults.submission(),
                p.containsKey("result_delivery") ? channels(p.get("result_delivery"), Channel.class) : defaults.result(),
                p.containsKey("notification_channels")
                        ? channels(p.get("notification_channels"), NotificationChannel.class) : defaults.notification(),
                list(p.get("documents")).stream().map(ReferenceCatalogReader::document).toList(),
                list(p.get("fees")).stream().map(ReferenceCatalogReader::fee).toList(),
                text(p.get("legal_basis")));
    }

    private static void addStep(List<ProcedureDraft.Step> steps, Map<String, Object> step, String parent,
                                AdministrativeLevel inherited) {
        String number = text(step.get("no"));
        try {
            String actor = text(step.get("actor"));
            AdministrativeLevel level = step.containsKey("level") ? level(step.get("level")) : inherited;
            String role = step.containsKey("role") ? text(step.get("role")) : ActorRoles.roleOf(actor);
            StepKind kind = step.get("kind") == null ? StepKind.TASK : constant(StepKind.class, step.get("kind"), "step kind");
            steps.add(new ProcedureDraft.Step(number, parent, actor, role, text(step.get("what")), days(step.get("days")),
                    level, kind, days(step.get("posting_days")),
                    list(step.get("outcomes")).stream().map(ReferenceCatalogReader::outcome).toList()));
            for (Map<String, Object> sub : list(step.get("substeps"))) {
                addStep(steps, sub, number, level);
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("step ")) {
                throw e;
            }
            throw new IllegalArgumentException("step " + number + ": " + e.getMessage(), e);
        }
    }

    private static RequiredDocument document(Map<String, Object> d) {
        return new RequiredDocument(text(d.get("name")), text(d.get("form")), count(d.get("originals")),
                count(d.get("copies")), text(d.get("note")));
    }

    private static Fee fee(Map<String, Object> f) {
        Object amount = f.get("amount");
        BigDecimal vnd = amount == null || "free".equalsIgnoreCase(amount.toString().trim())
                ? BigDecimal.ZERO : new BigDecimal(amount.toString().replace("_", "").trim());
        return new Fee(text(f.get("description")), vnd, text(f.get("basis")));
    }

    private static StepOutcome outcome(Map<String, Object> o) {
        if (o.get("kind") == null) {
            throw new IllegalArgumentException("an outcome needs a kind: proceed, return, supplement or refuse");
        }
        return new StepOutcome(constant(OutcomeKind.class, o.get("kind"), "outcome kind"), text(o.get("to")),
                text(o.get("label")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((Collection<?>) value).stream().map(ReferenceCatalogReader::text).toList();
    }

    private static <E extends Enum<E>> Set<E> channels(Object value, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (value != null) {
            ((Collection<?>) value).forEach(v -> set.add(constant(type, v, "channel")));
        }
        return set;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Object value, String what) {
        String name = value.toString().trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + value + "'", e);
        }
    }

    private static int count(Object value) {
        return value == null ? 0 : Integer.parseInt(value.toString().trim());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().trim();
    }

    private static BigDecimal days(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static AdministrativeLevel level(Object value) {
        return value == null ? null : constant(AdministrativeLevel.class, value, "level");
    }
}
