/**
 * The Vaadin admin at /admin, where catalog admins, reporting officers and the platform operator
 * keep the catalog, adoption, calendars, service days and the tenant tree. Thin views over the
 * domain modules' services, one package per subject ({@link vn.motcua.admin.catalog},
 * {@link vn.motcua.admin.adoption}, {@link vn.motcua.admin.calendar}, {@link vn.motcua.admin.serviceday},
 * {@link vn.motcua.admin.tenants}); this package holds what they share: the layout and its menu,
 * texts, working-day input and formats, downloads.
 */
package vn.motcua.admin;
