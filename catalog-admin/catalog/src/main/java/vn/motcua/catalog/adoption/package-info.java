/**
 * The rules of a district's or commune's adoption of its province's catalog — all or a subset,
 * with local actors and shorter budgets, never looser ones — and the effective catalog computed
 * from the two. The rules are pure: they read versions as plain objects.
 * {@link vn.motcua.catalog.adoption.StoredAdoption} is how an adoption is kept (one row per tenant);
 * storing and reading it is {@link vn.motcua.catalog.service.AdoptionService}'s job.
 */
package vn.motcua.catalog.adoption;
