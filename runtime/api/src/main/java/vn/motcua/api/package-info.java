/**
 * The REST API at /api for portals, desks and citizens. Resources are thin: they translate
 * HTTP to one service call and domain exceptions to problem+json (RFC 9457).
 */
package vn.motcua.api;
