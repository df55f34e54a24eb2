package vn.motcua.admin.catalog;

import com.vaadin.flow.component.Component;
import vn.motcua.catalog.diff.Attribute;
import vn.motcua.catalog.diff.AttributeChange;
import vn.motcua.catalog.diff.CatalogDiff;
import vn.motcua.catalog.diff.ProcedureChange;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.diff.StepChange;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.web.WorkingDaysFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a catalog version changed, in the admin's language: one line per procedure added or
 * removed and per value changed, the changes indented under their procedure. Levels, roles,
 * channels, kinds and outcomes are named as the screens name them, days written as
 * {@link WorkingDaysFormat} writes them. {@link CatalogDiff#render()} stays the English of logs.
 */
final class DiffText {

    /** "PROCEED", "RETURN → 6.3 (label)": the kind that starts each outcome of the domain's text. */
    private static final Pattern OUTCOME = Pattern.compile("(^|; )([A-Z]+)");

    private final Component screen;
    private final Locale locale;

    private DiffText(Component screen, Locale locale) {
        this.screen = screen;
        this.locale = locale;
    }

    /** {@code diff} as {@code screen}, which speaks {@code locale}, says it. */
    static String render(Component screen, Locale locale, CatalogDiff diff) {
        return new DiffText(screen, locale).render(diff);
    }

    private String render(CatalogDiff diff) {
        if (diff.isEmpty()) {
            return t("diff.none");
        }
        List<String> lines = new ArrayList<>();
        diff.added().forEach(p -> lines.add(t("diff.added", procedure(p.name(), p.key()))));
        diff.removed().forEach(p -> lines.add(t("diff.removed", procedure(p.name(), p.key()))));
        for (ProcedureChange change : diff.changed()) {
            lines.add(t("diff.changed", procedure(change.name(), change.key())));
            change.attributes().forEach(a -> lines.add("  " + t("diff.value", label(a.attribute()), value(a, true), value(a, false))));
            for (StepChange step : change.steps()) {
                switch (step.kind()) {
                    case ADDED -> lines.add("  " + t("diff.step-added", step.number(), values(step)));
                    case REMOVED -> lines.add("  " + t("diff.step-removed", step.number(), values(step)));
                    case CHANGED -> step.attributes().forEach(a -> lines.add("  " + t("diff.step-value", step.number(),
                            label(a.attribute()), value(a, true), value(a, false))));
                }
            }
        }
        return String.join("\n", lines);
    }

    private String procedure(String name, ProcedureKey key) {
        return key.isByCode() ? t("diff.procedure-code", name, key.nationalCode()) : t("diff.procedure", name);
    }

    /** The one side of an added or removed step: "người thực hiện “…”, thời hạn 0,5". */
    private String values(StepChange step) {
        return step.attributes().stream()
                .map(a -> label(a.attribute()) + " " + value(a, a.newValue() == null))
                .collect(Collectors.joining(", "));
    }

    private String label(Attribute attribute) {
        return t("diff.attribute." + attribute.name());
    }

    private String value(AttributeChange change, boolean old) {
        String v = old ? change.oldValue() : change.newValue();
        Object item = old ? change.oldItem() : change.newItem();
        if (v == null) {
            return t("diff.nothing");
        }
        return switch (change.attribute()) {
            case HANDLING_LEVEL, LEVEL -> t("level." + v);
            case ONLINE_LEVEL -> t("online-level." + v);
            case ACTOR_ROLE -> t("role." + v);
            case KIND -> t("step-kind." + v);
            case TOTAL_DAYS, BUDGET, POSTING_DAYS -> WorkingDaysFormat.format(new BigDecimal(v), locale);
            case SUBMISSION_CHANNELS, RESULT_CHANNELS -> names(v, "channel.");
            case NOTIFICATION_CHANNELS -> names(v, "notification.");
            case OUTCOMES -> quoted(outcomes(v));
            case DOCUMENT -> item instanceof RequiredDocument d ? quoted(document(d)) : quoted(v);
            case FEE -> item instanceof Fee f ? quoted(fee(f)) : quoted(v);
            default -> change.attribute() == Attribute.NATIONAL_CODE ? v : quoted(v);
        };
    }

    private String names(String constants, String prefix) {
        return Arrays.stream(constants.split(",\\s*")).map(c -> t(prefix + c)).collect(Collectors.joining(", "));
    }

    private String outcomes(String text) {
        Matcher m = OUTCOME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + t("outcome-kind." + m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String document(RequiredDocument d) {
        return t("diff.document", d.name() + (d.form() == null ? "" : " (" + d.form() + ")"), d.originals(), d.copies())
                + (d.note() == null ? "" : "; " + d.note());
    }

    private String fee(Fee f) {
        String amount = f.isFree() ? t("diff.free") : t("diff.amount", f.amountVnd().toPlainString());
        return f.description() + ": " + amount + (f.legalBasis() == null ? "" : " (" + f.legalBasis() + ")");
    }

    private String quoted(String text) {
        return t("diff.quoted", text);
    }

    private String t(String key, Object... args) {
        return screen.getTranslation(key, Arrays.stream(args).map(String::valueOf).toArray());
    }
}
