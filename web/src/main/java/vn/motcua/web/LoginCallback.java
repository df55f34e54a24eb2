package vn.motcua.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Where Keycloak returns after login; the mechanism has already validated the code by now. Sends
 * the user on to the page they asked for before logging in — which the mechanism stored under
 * {@link OpenIdConstant#ORIGINAL_REQUEST} when it sent them to Keycloak — if it is a page of this
 * UI (see {@link DeepLink}), else to the UI's first screen.
 */
@WebServlet(LoginCallback.URL)
public class LoginCallback extends HttpServlet {

    static final String PATH = "login-callback";
    static final String URL = "/" + PATH;

    @Inject
    OpenIdContext openId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> asked = openId.getStoredValue(request, response, OpenIdConstant.ORIGINAL_REQUEST);
        response.sendRedirect(asked.flatMap(url -> DeepLink.of(request, url)).orElse(request.getContextPath() + "/"));
    }
}
