/**
 * The runtime: receives dossiers against the catalog version in effect, executes their steps in
 * order, keeps the working-day clock and an append-only history. Knows the catalog and the
 * tenants; nothing depends on it.
 */
package vn.motcua.engine;
