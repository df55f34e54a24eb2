/** MicroProfile Health checks at /health: ready while the database and Keycloak answer. */
package vn.motcua.api.health;
