package vn.motcua.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Staff log in through Keycloak. Keycloak's realm roles arrive in the {@code groups} claim,
 * which Payara maps to roles of the same name. {@code redirectToOriginalResource} is off because
 * it fails after login on Payara 6; {@link LoginCallback} sends the user to the page they asked
 * for instead.
 *
 * <p>Logging out ({@link Logout}) ends Keycloak's session too: on {@code request.logout()} the
 * mechanism invalidates the HTTP session and, with {@code notifyProvider}, sends the browser to
 * Keycloak's {@code end_session_endpoint} with the ID token as {@code id_token_hint} and
 * {@link LoggedOut} as {@code post_logout_redirect_uri} (allowed in the realm's client).
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.provider}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/" + LoginCallback.PATH,
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/" + LoggedOut.PATH))
public class OidcLogin {
}
