/**
 * The rules of a district's or commune's adoption of its province's catalog — all or a subset,
 * with local actors and shorter budgets, never looser ones — and the effective catalog computed
 * from the two. Pure domain: reads versions as plain objects; storing an adoption is a service's
 * job.
 */
package vn.motcua.catalog.adoption;
