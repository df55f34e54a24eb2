/**
 * The application as a whole, at the EAR level (a jar in the EAR's {@code lib/}, above every domain
 * module and below none): the one persistence unit, made of the domain modules' mapping files
 * ({@code META-INF/persistence.xml}); the schema migration of every module in dependency order;
 * the startup that runs it before any web module serves; application-wide configuration
 * ({@code META-INF/microprofile-config.properties}). No domain module and no web module depends on
 * it: it depends on them.
 */
package vn.motcua.platform;
