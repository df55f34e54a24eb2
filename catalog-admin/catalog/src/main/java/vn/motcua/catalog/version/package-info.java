/**
 * A catalog version and everything in it: {@link vn.motcua.catalog.version.CatalogVersion} holds
 * the tenant's {@link vn.motcua.catalog.version.Procedure}s, each with its ordered
 * {@link vn.motcua.catalog.version.StepDefinition}s, documents, fees and outcomes, and the values they
 * are made of (budgets in quarter days, channels, levels). An admin edits a draft through
 * {@link vn.motcua.catalog.version.ProcedureDraft}; {@link vn.motcua.catalog.version.CatalogValidation}
 * holds the rules a version must satisfy to be published, reported as
 * {@link vn.motcua.catalog.version.CatalogProblem}s. Entities and values only: reading and storing
 * them is {@link vn.motcua.catalog.service}'s job.
 */
package vn.motcua.catalog.version;
