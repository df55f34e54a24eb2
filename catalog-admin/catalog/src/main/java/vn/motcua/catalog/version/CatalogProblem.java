package vn.motcua.catalog.version;

import vn.motcua.tenants.problem.BrokenRule;

import java.util.List;

/**
 * Something that stops a version from being published, pinned to what it concerns so a UI can
 * show it next to the field, in its own language: {@code kind} selects the text, {@code args}
 * fill it. {@code procedure} and {@code step} are null when not applicable; {@code item} is the
 * 1-based position in the list the field belongs to (a document, a fee, a step's outcome), else
 * null; {@code message} is the English text for the API and logs.
 */
public record CatalogProblem(Kind kind, String procedure, String step, Integer item, String message, List<Object> args)
        implements BrokenRule {

    public CatalogProblem {
        args = List.copyOf(args);
    }

    public CatalogProblem(Kind kind, String procedure, String step, String message, List<Object> args) {
        this(kind, procedure, step, null, message, args);
    }

    /**
     * The attribute the problem is about: name, onlineLevel, totalDays, nationalCode,
     * submissionChannels, resultChannels, documents.name, documents.count, fees.description,
     * fees.amount, and on a step: number, budget, actor, content, kind, postingDays, outcomes.kind,
     * outcomes.target.
     */
    public String attribute() {
        return kind.field;
    }

    /**
     * Where the problem is, as the procedure editor and an API client address fields: "totalDays",
     * "fees.2.amount", "steps.4.2.outcomes.1.target" — whether the problem was found saving the
     * procedure or publishing its version (where {@link #message()} also names the procedure).
     */
    @Override
    public String field() {
        String f = kind.field;
        if (item != null) {
            int dot = f.indexOf('.');
            f = dot < 0 ? f + "." + item : f.substring(0, dot) + "." + item + f.substring(dot);
        }
        return step == null ? f : "steps." + step + "." + f;
    }

    @Override
    public String messageKey() {
        return "problem." + kind.name();
    }

    /** The same problem as a version's check reports it: the English text names the procedure, for an API client. */
    public CatalogProblem inVersion() {
        return procedure == null ? this : new CatalogProblem(kind, procedure, step, item, "\"" + procedure + "\": " + message, args);
    }

    public enum Kind {
        NAME_MISSING("name"),
        ONLINE_LEVEL_MISSING("onlineLevel"),
        TOTAL_MISSING("totalDays"),
        TOTAL_NOT_QUARTERS("totalDays"),
        TOTAL_NEGATIVE("totalDays"),
        TOTAL_MISMATCH("totalDays"),
        CODE_DUPLICATE("nationalCode"),
        /** An online procedure (toàn trình or một phần) that states its channels must take online submissions. */
        ONLINE_SUBMISSION_MISSING("submissionChannels"),
        /** A fully online procedure (toàn trình) that states its result channels must deliver online. */
        ONLINE_RESULT_MISSING("resultChannels"),
        DOCUMENT_NAME_MISSING("documents.name"),
        DOCUMENT_COUNT_NEGATIVE("documents.count"),
        FEE_DESCRIPTION_MISSING("fees.description"),
        FEE_AMOUNT_MISSING("fees.amount"),
        FEE_NEGATIVE("fees.amount"),
        FEE_NOT_WHOLE("fees.amount"),
        NUMBER_FORMAT("number"),
        NUMBER_DUPLICATE("number"),
        BUDGET_NOT_QUARTERS("budget"),
        BUDGET_NEGATIVE("budget"),
        SUBSTEPS_MISMATCH("budget"),
        /** A step without the unit (or person) who does it; a counted step also needs its role. */
        ACTOR_MISSING("actor"),
        /** A step that does not say what is done in it. */
        CONTENT_MISSING("content"),
        POSTING_DAYS_MISSING("postingDays"),
        POSTING_NOT_QUARTERS("postingDays"),
        POSTING_NEGATIVE("postingDays"),
        /** A posting lasts working days the step must budget: an uncounted step cannot post. */
        POSTING_NOT_COUNTED("postingDays"),
        POSTING_EXCEEDS_BUDGET("postingDays"),
        /** A step split into sub-steps is done through them: the posting belongs on one of them. */
        POSTING_ON_PARENT("kind"),
        OUTCOME_KIND_MISSING("outcomes.kind"),
        OUTCOME_TARGET_MISSING("outcomes.target"),
        OUTCOME_TARGET_UNKNOWN("outcomes.target"),
        /** Supplement requests and refusals end or pause the dossier where it is: they go nowhere. */
        OUTCOME_TARGET_NOT_ALLOWED("outcomes.target"),
        /** A step split into sub-steps is done through them: its outcomes belong on one of them. */
        OUTCOMES_ON_PARENT("outcomes.kind");

        private final String field;

        Kind(String field) {
            this.field = field;
        }
    }
}
