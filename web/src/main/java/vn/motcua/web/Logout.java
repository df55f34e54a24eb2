package vn.motcua.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.tenants.access.LoginSessions;

/**
 * "Đăng xuất": ends the user's session in this UI, in the other UI of the same login and at
 * Keycloak, then shows {@link LoggedOut}.
 *
 * <p>The OpenID Connect mechanism does the redirect itself: Soteria's
 * {@code OpenIdAuthenticationMechanism.cleanSubject}, which {@code request.logout()} calls,
 * invalidates the HTTP session and always sends a redirect — to Keycloak's end-session endpoint
 * as {@link OidcLogin} configures it (without a logout definition, to a fresh login at Keycloak,
 * which still had the user's session and logged them straight back in). A redirect of our own
 * after it hits a committed response: the {@code IllegalStateException} users saw.
 */
@WebServlet(Logout.URL)
public class Logout extends HttpServlet {

    static final String URL = "/logout";

    @Inject
    OpenIdContext openId;

    @Inject
    LoginSessions logins;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        LoggedOut.rememberLanguage(request, response, Language.chosen(request));
        logins.end(loginSession(openId));
        request.logout();
    }

    /** The Keycloak login session ({@code sid} of the ID token) this HTTP session was born from. */
    static String loginSession(OpenIdContext openId) {
        IdentityToken token = openId.getIdentityToken();
        return token == null ? null : token.getJwtClaims().getStringClaim("sid").orElse(null);
    }
}
