package vn.motcua.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.access.LoginSessions;
import vn.motcua.tenants.access.Role;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the services who is calling, from the OpenID Connect session of the logged-in user —
 * unless that user logged out meanwhile (in the other UI, whose session this one cannot reach):
 * then this session ends too and the browser is sent back to log in.
 */
@WebFilter("/*")
public class CallerFilter extends HttpFilter {

    private static final List<String> ROLES = List.of(Role.CATALOG_ADMIN, Role.RECEPTION, Role.SPECIALIST,
            Role.LEADER, Role.SUPERVISOR, Role.REPORTING_OFFICER, Role.CITIZEN, Role.PLATFORM_ADMIN);

    @Inject
    CallerContext callers;

    @Inject
    OpenIdContext openId;

    @Inject
    LoginSessions logins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            if (logins.hasEnded(Logout.loginSession(openId))) {
                endSession(request, response);
                return;
            }
            Set<String> roles = new HashSet<>();
            ROLES.stream().filter(request::isUserInRole).forEach(roles::add);
            String tenant = openId.getAccessToken().getJwtClaims().getStringClaim("tenant").orElse(null);
            callers.set(new Caller(request.getUserPrincipal().getName(), tenant, roles));
        }
        chain.doFilter(request, response);
    }

    /** Ends a session whose login was ended: a page asks again (and logs in), anything else is refused. */
    private static void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        } else {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
