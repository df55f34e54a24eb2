/**
 * How the API reads a request before a resource runs: bodies strictly as their Java types say
 * ({@link vn.motcua.api.input.StrictJsonReader} over each type's {@link vn.motcua.api.input.JsonShape}:
 * JSON types, enum constants, no unknown property, bounded size and depth), a required body
 * ({@link vn.motcua.api.input.RequestBodies}) and the bounds of query and path parameters
 * ({@link vn.motcua.api.input.Params}). What breaks them is a 400 naming the field.
 */
package vn.motcua.api.input;
