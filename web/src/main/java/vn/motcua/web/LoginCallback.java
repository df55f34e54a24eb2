package vn.motcua.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Where Keycloak returns after login; the mechanism has already validated the code by now. */
@WebServlet(LoginCallback.URL)
public class LoginCallback extends HttpServlet {

    static final String PATH = "login-callback";
    static final String URL = "/" + PATH;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
