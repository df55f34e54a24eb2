package vn.motcua.web;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/**
 * The project's icon (an open door: "một cửa", one door), before login too: a browser asks for it
 * on Keycloak's redirect and on the logged-out page. The stack puts the same file at the server's
 * root, where browsers look for {@code /favicon.ico} on their own.
 */
@WebServlet({Favicon.ICO, Favicon.SVG})
@ServletSecurity(@HttpConstraint(ServletSecurity.EmptyRoleSemantic.PERMIT))
public class Favicon extends HttpServlet {

    static final String ICO = "/favicon.ico";
    static final String SVG = "/favicon.svg";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean svg = request.getServletPath().equals(SVG);
        try (InputStream in = Favicon.class.getResourceAsStream(svg ? "favicon.svg" : "favicon.ico")) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] bytes = in.readAllBytes();
            response.setContentType(svg ? "image/svg+xml" : "image/x-icon");
            response.setContentLength(bytes.length);
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.getOutputStream().write(bytes);
        }
    }
}
