package vn.motcua.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ends the local session and Keycloak's, then comes back to the UI (which asks to log in again). */
@WebServlet("/logout")
public class Logout extends HttpServlet {

    @Inject
    OidcSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        String back = request.getRequestURL().toString().replace(request.getRequestURI(), request.getContextPath() + "/");
        response.sendRedirect(settings.getProvider() + "/protocol/openid-connect/logout?client_id="
                + URLEncoder.encode(settings.getClientId(), StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }
}
