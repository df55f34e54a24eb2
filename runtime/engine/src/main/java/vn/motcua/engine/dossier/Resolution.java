package vn.motcua.engine.dossier;

import java.util.List;

/**
 * How processing ended, once it has: what the desk hands the citizen.
 *
 * @param reasons the written reasons of an unresolved answer or a refusal
 * @param note    the result's reference (decision number, document), if given
 */
public record Resolution(Kind kind, List<String> reasons, String note) {

    public enum Kind {
        /** The result the citizen asked for. */
        RESOLVED,
        /**
         * Returned unresolved with written reasons, the route's RETURN outcome to the result step:
         * 71/QĐ-UBND monthly allowance step 4.2, "không đủ điều kiện hưởng … trả không giải quyết".
         */
        UNRESOLVED,
        /** Refused while processing, with written reasons (form 03). */
        REFUSED
    }

    public Resolution {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
