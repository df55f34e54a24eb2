package vn.motcua.catalog.version;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The decision a catalog version is published under, and the decisions it replaces. */
public record LegalBasis(String decisionNumber, LocalDate decisionDate, LocalDate effectiveFrom, List<String> replaces) {

    public LegalBasis {
        Objects.requireNonNull(decisionNumber, "decisionNumber");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        replaces = List.copyOf(replaces);
    }
}
