/**
 * The OpenAPI document at /openapi, written from the resources' Java methods and the request types'
 * {@link vn.motcua.api.input.JsonShape} ({@link vn.motcua.api.openapi.ApiDocument}), so the document
 * says what the strict reader checks; {@link vn.motcua.api.openapi.ResourceClasses} finds the
 * resources as CDI discovers them.
 */
package vn.motcua.api.openapi;
