package vn.motcua.catalog.version;

import java.time.Instant;
import java.time.LocalDate;

/** A line of a tenant's version history. */
public record VersionSummary(long id, String title, String decisionNumber, LocalDate effectiveFrom, VersionStatus status,
                             Instant publishedAt, int procedureCount) {
}
