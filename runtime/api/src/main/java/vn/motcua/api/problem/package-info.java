/**
 * Every error of the API as application/problem+json (RFC 9457): {@link vn.motcua.api.problem.Problem}
 * is the body, {@link vn.motcua.api.problem.ProblemMappers} turns the services' refusals
 * ({@link vn.motcua.tenants.problem}), unreadable input and database failures into it, and
 * {@link vn.motcua.api.problem.ErrorProblems} answers what the container answers itself (401, 403,
 * unknown paths). Resources use it; it knows no resource.
 */
package vn.motcua.api.problem;
