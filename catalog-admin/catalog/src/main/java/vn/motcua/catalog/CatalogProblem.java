package vn.motcua.catalog;

/**
 * Something that stops a version from being published, pinned to what it concerns so a UI can
 * show it next to the field: {@code procedure} and {@code step} are null when not applicable;
 * {@code field} names the attribute (e.g. "totalDays", "budget", "actor", "nationalCode").
 */
public record CatalogProblem(String procedure, String step, String field, String message) {
}
