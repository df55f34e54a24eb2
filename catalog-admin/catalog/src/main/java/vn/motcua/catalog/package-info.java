/**
 * The procedure catalog: versions of a tenant's procedures with their ordered steps, budgets and
 * actors, validated and frozen when published; adoption down the tenant tree; weekly service days.
 * Depends on {@code tenants} only. The model is in {@link vn.motcua.catalog.version} (a version and
 * everything in it), {@link vn.motcua.catalog.adoption}, {@link vn.motcua.catalog.serviceday} and
 * {@link vn.motcua.catalog.diff}; files in and out in {@link vn.motcua.catalog.exchange}; the
 * transactions the UIs and the API call in {@link vn.motcua.catalog.service}.
 */
package vn.motcua.catalog;
