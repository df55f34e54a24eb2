/**
 * The bottom of Motcua: the tenant tree (province, district, commune/ward), who the caller is and
 * which tenants' rows they may see, calendars and the clock. Every other module builds on this one;
 * it depends on none of them. {@link vn.motcua.tenants.tree} is the tree and
 * {@link vn.motcua.tenants.admin} how it changes; {@link vn.motcua.tenants.access} the caller, its
 * roles and scope; {@link vn.motcua.tenants.persistence} the tenant-scoped entity manager every
 * module's services use; {@link vn.motcua.tenants.calendar} working days; {@link vn.motcua.tenants.time}
 * "now"; {@link vn.motcua.tenants.problem} what a service answers when it refuses;
 * {@link vn.motcua.tenants.keycloak} the identity provider.
 */
package vn.motcua.tenants;
