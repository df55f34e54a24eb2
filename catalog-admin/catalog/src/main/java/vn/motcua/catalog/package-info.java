/**
 * The procedure catalog: versions of a tenant's procedures with their ordered steps, budgets and
 * actors, validated and frozen when published. Depends on {@code tenants} only.
 */
package vn.motcua.catalog;
