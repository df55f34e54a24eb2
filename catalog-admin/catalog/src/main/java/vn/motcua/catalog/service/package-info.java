/**
 * The catalog's services, what the admin UI, the API and the engine call: transactional CDI
 * beans that query through {@link vn.motcua.tenants.persistence.Tenancy}'s entity manager, so the caller's
 * tenant scope bounds every query; the rules they apply live in the model packages
 * ({@link vn.motcua.catalog.version}, {@link vn.motcua.catalog.adoption},
 * {@link vn.motcua.catalog.serviceday}). Reading ({@link vn.motcua.catalog.service.CatalogService}),
 * editing and publishing ({@link vn.motcua.catalog.service.PublishingService}), adoption and the
 * effective catalog ({@link vn.motcua.catalog.service.AdoptionService}), service days
 * ({@link vn.motcua.catalog.service.ServiceDayService}), and what a merger of tenants carries over
 * ({@link vn.motcua.catalog.service.MergerCarryOver}).
 */
package vn.motcua.catalog.service;
