/**
 * What every module's persistence stands on: {@link vn.motcua.tenants.persistence.Tenancy} hands
 * out the transaction's entity manager with the caller's tenant scope set, and the additional
 * criteria of {@link vn.motcua.tenants.persistence.TenantOwned} and
 * {@link vn.motcua.tenants.persistence.PersonalData} apply it to every query of their subclasses;
 * {@link vn.motcua.tenants.persistence.InstantConverter} stores instants as UTC. The persistence
 * unit itself is the platform module's.
 */
package vn.motcua.tenants.persistence;
