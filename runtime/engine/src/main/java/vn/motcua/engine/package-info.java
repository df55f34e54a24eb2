/**
 * The runtime: the pure domain core ({@code dossier}), its rows ({@code store}), one class per
 * command and the service running them each in a transaction ({@code command}), reads for the API
 * and the desk ({@code read}) and the timer poller ({@code timer}). Knows the catalog and the
 * tenants; nothing depends on it.
 */
package vn.motcua.engine;
