package vn.motcua.catalog.diff;

import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.SearchText;
import vn.motcua.catalog.version.StepDefinition;
import vn.motcua.catalog.version.StepOutcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What differs between two versions of a catalog — a draft and the published version it amends, or
 * 71/QĐ-UBND and the decision that corrects it — for the admin's version history and for logs.
 * Published versions never change, so a diff between two of them is a fact worth showing as is.
 * <p>
 * Procedures are matched by {@link ProcedureKey}; those left over on both sides are then matched
 * by name, so a procedure that gains or corrects its national code shows as changed rather than
 * removed and added. Steps are matched by number.
 */
public record CatalogDiff(List<ProcedureRef> added, List<ProcedureRef> removed, List<ProcedureChange> changed) {

    public CatalogDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** The changes that turn {@code older} into {@code newer}. */
    public static CatalogDiff between(CatalogVersion older, CatalogVersion newer) {
        List<Procedure> onlyOlder = new ArrayList<>();
        List<Procedure> onlyNewer = new ArrayList<>();
        List<Matching.Pair<Procedure>> both = new ArrayList<>();
        for (Matching.Pair<Procedure> pair : Matching.match(older.procedures(), newer.procedures(), ProcedureKey::of)) {
            if (pair.older() == null) {
                onlyNewer.add(pair.newer());
            } else if (pair.newer() == null) {
                onlyOlder.add(pair.older());
            } else {
                both.add(pair);
            }
        }
        List<ProcedureRef> added = new ArrayList<>();
        List<ProcedureRef> removed = new ArrayList<>();
        for (Matching.Pair<Procedure> pair : Matching.match(onlyOlder, onlyNewer, p -> SearchText.fold(p.name()))) {
            if (pair.older() == null) {
                added.add(ProcedureRef.of(pair.newer()));
            } else if (pair.newer() == null) {
                removed.add(ProcedureRef.of(pair.older()));
            } else {
                both.add(pair);
            }
        }
        List<ProcedureChange> changed = both.stream()
                .sorted(Comparator.comparingInt(pair -> newer.procedures().indexOf(pair.newer())))
                .map(pair -> compare(pair.older(), pair.newer()))
                .filter(c -> !c.attributes().isEmpty() || !c.steps().isEmpty())
                .toList();
        return new CatalogDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /**
     * One line per added or removed procedure and per changed value, changes indented under their
     * procedure; "no changes" when empty.
     */
    public String render() {
        if (isEmpty()) {
            return "no changes";
        }
        return Stream.of(
                        added.stream().map(p -> "added " + p.render()),
                        removed.stream().map(p -> "removed " + p.render()),
                        changed.stream().map(ProcedureChange::render))
                .flatMap(Function.identity())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return render();
    }

    private static ProcedureChange compare(Procedure older, Procedure newer) {
        List<AttributeChange> attributes = new ArrayList<>();
        differ(attributes, Attribute.NATIONAL_CODE, older.nationalCode(), newer.nationalCode());
        differ(attributes, Attribute.NAME, older.name(), newer.name());
        differ(attributes, Attribute.FIELD, older.field(), newer.field());
        differ(attributes, Attribute.HANDLING_LEVEL, name(older.handlingLevel()), name(newer.handlingLevel()));
        differ(attributes, Attribute.ONLINE_LEVEL, name(older.onlineLevel()), name(newer.onlineLevel()));
        differ(attributes, Attribute.TOTAL_DAYS, days(older.totalDays()), days(newer.totalDays()));
        differ(attributes, Attribute.SUBMISSION_CHANNELS, names(older.submissionChannels()), names(newer.submissionChannels()));
        differ(attributes, Attribute.RESULT_CHANNELS, names(older.resultChannels()), names(newer.resultChannels()));
        differ(attributes, Attribute.NOTIFICATION_CHANNELS, names(older.notificationChannels()),
                names(newer.notificationChannels()));
        differ(attributes, Attribute.LEGAL_BASIS, older.legalBasis(), newer.legalBasis());
        items(attributes, Attribute.DOCUMENT, older.documents(), newer.documents(), d -> SearchText.fold(d.name()),
                CatalogDiff::render);
        items(attributes, Attribute.FEE, older.fees(), newer.fees(), f -> SearchText.fold(f.description()), CatalogDiff::render);
        List<StepChange> steps = Matching.match(older.steps(), newer.steps(), StepDefinition::number).stream()
                .map(pair -> compare(pair.older(), pair.newer()))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(StepChange::number, StepNumbers.READING_ORDER))
                .toList();
        return new ProcedureChange(ProcedureKey.of(newer), newer.name(), attributes, steps);
    }

    /** Null when the two sides of a pair are alike. */
    private static StepChange compare(StepDefinition older, StepDefinition newer) {
        if (older == null) {
            return new StepChange(newer.number(), StepChange.Kind.ADDED, differences(null, newer));
        }
        if (newer == null) {
            return new StepChange(older.number(), StepChange.Kind.REMOVED, differences(older, null));
        }
        List<AttributeChange> changes = differences(older, newer);
        return changes.isEmpty() ? null : new StepChange(newer.number(), StepChange.Kind.CHANGED, changes);
    }

    private static List<AttributeChange> differences(StepDefinition older, StepDefinition newer) {
        List<AttributeChange> changes = new ArrayList<>();
        differ(changes, Attribute.ACTOR_UNIT, get(older, StepDefinition::actorUnit), get(newer, StepDefinition::actorUnit));
        differ(changes, Attribute.ACTOR_ROLE, get(older, StepDefinition::actorRole), get(newer, StepDefinition::actorRole));
        differ(changes, Attribute.CONTENT, get(older, StepDefinition::content), get(newer, StepDefinition::content));
        differ(changes, Attribute.BUDGET, get(older, s -> days(s.budgetDays())), get(newer, s -> days(s.budgetDays())));
        differ(changes, Attribute.LEVEL, get(older, s -> name(s.level())), get(newer, s -> name(s.level())));
        // a plain task without outcomes is what every step was before these existed: not worth a line of its own
        differ(changes, Attribute.KIND, get(older, s -> s.isPosting() ? name(s.kind()) : null),
                get(newer, s -> s.isPosting() ? name(s.kind()) : null));
        differ(changes, Attribute.POSTING_DAYS, get(older, s -> days(s.postingDays())), get(newer, s -> days(s.postingDays())));
        differ(changes, Attribute.OUTCOMES, get(older, CatalogDiff::outcomes), get(newer, CatalogDiff::outcomes));
        return changes;
    }

    /** One change per list item added, removed or changed; items are matched by {@code key}, in order. */
    private static <T> void items(List<AttributeChange> changes, Attribute attribute, List<T> older, List<T> newer,
                                  Function<T, String> key, Function<T, String> render) {
        for (Matching.Pair<T> pair : Matching.match(older, newer, key)) {
            String oldValue = pair.older() == null ? null : render.apply(pair.older());
            String newValue = pair.newer() == null ? null : render.apply(pair.newer());
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new AttributeChange(attribute, oldValue, newValue, pair.older(), pair.newer()));
            }
        }
    }

    /** "Tờ khai (Mẫu số 04): 1 original, 0 copies; note". */
    private static String render(RequiredDocument d) {
        return d.name() + (d.form() == null ? "" : " (" + d.form() + ")") + ": " + d.originals() + " original(s), "
                + d.copies() + " copy(ies)" + (d.note() == null ? "" : "; " + d.note());
    }

    /** "Lệ phí: 8000 VND (Thông tư 281/2016/TT-BTC)" or "…: free". */
    private static String render(Fee f) {
        return f.description() + ": " + (f.isFree() ? "free" : f.amountVnd().toPlainString() + " VND")
                + (f.legalBasis() == null ? "" : " (" + f.legalBasis() + ")");
    }

    /** "PROCEED; RETURN → 6.3 (Không đủ điều kiện)"; null when the step has none. */
    private static String outcomes(StepDefinition step) {
        List<StepOutcome> outcomes = step.outcomes();
        if (outcomes.isEmpty()) {
            return null;
        }
        return outcomes.stream().map(o -> o.kind().name() + (o.targetStep() == null ? "" : " → " + o.targetStep())
                + (o.label() == null ? "" : " (" + o.label() + ")")).collect(Collectors.joining("; "));
    }

    /** "ONLINE, POSTAL"; null when none is stated. */
    private static String names(Set<? extends Enum<?>> channels) {
        return channels.isEmpty() ? null : channels.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static void differ(List<AttributeChange> changes, Attribute attribute, String oldValue, String newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new AttributeChange(attribute, oldValue, newValue));
        }
    }

    private static String get(StepDefinition step, Function<StepDefinition, String> attribute) {
        return step == null ? null : attribute.apply(step);
    }

    private static String days(BigDecimal days) {
        return days == null ? null : days.stripTrailingZeros().toPlainString();
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }
}
