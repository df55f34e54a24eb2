package vn.motcua.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is, read from MicroProfile Config (environment MOTCUA_OIDC_PROVIDER, …) and
 * exposed to the EL expressions of {@link OidcLogin}.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "motcua.oidc.provider")
    String provider;

    @Inject
    @ConfigProperty(name = "motcua.oidc.client-id", defaultValue = "motcua-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "motcua.oidc.client-secret")
    String clientSecret;

    public String getProvider() {
        return provider;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
