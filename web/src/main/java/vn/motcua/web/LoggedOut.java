package vn.motcua.web;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Where Keycloak sends the browser after a logout: says that the session ended and offers to log
 * in again. Open to everyone (there is nobody logged in any more), in the language the user had
 * chosen, which {@link Logout} leaves in a cookie because the session that held it is gone.
 */
@WebServlet(LoggedOut.URL)
@ServletSecurity(@HttpConstraint(ServletSecurity.EmptyRoleSemantic.PERMIT))
public class LoggedOut extends HttpServlet {

    static final String PATH = "logged-out";
    static final String URL = "/" + PATH;
    static final String LANGUAGE_COOKIE = "motcua-language";

    static void rememberLanguage(HttpServletRequest request, HttpServletResponse response, Locale language) {
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, language.getLanguage());
        cookie.setPath(request.getContextPath() + URL);
        cookie.setMaxAge(3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = Language.supported(Arrays.stream(request.getCookies() == null ? new Cookie[0] : request.getCookies())
                .filter(c -> LANGUAGE_COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null));
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", language,
                Thread.currentThread().getContextClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("""
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                  <meta charset="UTF-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s</title>
                  <link rel="icon" href="favicon.ico">
                  <style>
                    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
                           background: #f4f6f9; color: #1f2933; }
                    main { max-width: 32rem; margin: 12vh auto; padding: 2rem; background: #fff; border-radius: 8px;
                           box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
                    h1 { font-size: 1.5rem; margin: 0 0 1rem; }
                    a { display: inline-block; margin-top: 1rem; padding: .6rem 1.2rem; border-radius: 6px;
                        background: #1a5fb4; color: #fff; text-decoration: none; }
                  </style>
                </head>
                <body>
                  <main>
                    <h1 id="logged-out">%s</h1>
                    <p>%s</p>
                    <a id="login-again" href="./">%s</a>
                  </main>
                </body>
                </html>
                """.formatted(language.getLanguage(), html(texts.getString("logged-out.title")),
                html(texts.getString("logged-out.heading")), html(texts.getString("logged-out.text")),
                html(texts.getString("logged-out.login-again"))));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
