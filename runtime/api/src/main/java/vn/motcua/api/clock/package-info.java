/**
 * The application's "now" over HTTP ({@code /clock}): read by anyone signed in, set by the platform
 * operator where the deployment's clock is adjustable (the integration tests' stack).
 */
package vn.motcua.api.clock;
