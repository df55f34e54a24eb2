/**
 * The REST API at /api for portals, desks and citizens: the application ({@link vn.motcua.api.MotcuaApi}),
 * its front door and the filter that makes the token's caller the services' caller. Resources are
 * thin: they translate HTTP to one service call, and the services' refusals become problem+json
 * (RFC 9457) in {@link vn.motcua.api.problem}. One package per domain holds its resources and their
 * bodies ({@link vn.motcua.api.catalog}, {@link vn.motcua.api.tenants}, {@link vn.motcua.api.calendar},
 * {@link vn.motcua.api.clock}); what every resource shares is in {@link vn.motcua.api.input} (strict
 * reading of bodies and parameters), {@link vn.motcua.api.problem}, {@link vn.motcua.api.openapi} and
 * {@link vn.motcua.api.health}.
 */
package vn.motcua.api;
