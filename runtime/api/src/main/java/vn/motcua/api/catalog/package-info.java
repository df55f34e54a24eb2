/**
 * The catalog over HTTP: procedures in effect for the caller's tenant ({@code /procedures}), catalog
 * versions, drafts and publishing ({@code /catalog}), a tenant's adoption of the catalog above it
 * ({@code /adoption}) and its weekly service days ({@code /service-days}), with their request and
 * reply bodies. Each resource calls {@link vn.motcua.catalog.service}.
 */
package vn.motcua.api.catalog;
