/**
 * Differences between two catalog versions, for the admin's version history and for logs, and
 * the {@link vn.motcua.catalog.diff.ProcedureKey} by which a procedure is recognised across
 * versions. Pure domain: reads versions as plain objects.
 */
package vn.motcua.catalog.diff;
