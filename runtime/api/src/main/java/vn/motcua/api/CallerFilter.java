package vn.motcua.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;

import java.util.Set;

/** Tells the services who is calling, from the verified Keycloak token. */
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class CallerFilter implements ContainerRequestFilter {

    @Inject
    JsonWebToken token;

    @Inject
    CallerContext callers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (token != null && token.getRawToken() != null) {
            Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
            callers.set(new Caller(token.getName(), token.getClaim("tenant"), groups));
        }
    }
}
