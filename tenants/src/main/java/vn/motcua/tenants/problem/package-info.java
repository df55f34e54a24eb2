/**
 * What a service answers when it refuses, whatever the module: the thing is not there for this
 * caller ({@link vn.motcua.tenants.problem.NotFound}), the caller's role does not allow it
 * ({@link vn.motcua.tenants.problem.AccessDenied}), it clashes with the current state
 * ({@link vn.motcua.tenants.problem.Conflict}), the input breaks a rule
 * ({@link vn.motcua.tenants.problem.InvalidInput}, one exception for every module's rules, each
 * problem a {@link vn.motcua.tenants.problem.BrokenRule} keyed by its field and translatable), the identity provider did not follow
 * ({@link vn.motcua.tenants.problem.ProvisioningFailed}). The API maps each to one HTTP status.
 */
package vn.motcua.tenants.problem;
