package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a user may be sent after login: a page of the same UI, as a path and query on the same
 * origin — never another host, another web module, a path that climbs out of the module, or one of
 * the requests Vaadin and the login machinery make by themselves.
 */
final class DeepLink {

    /** Requests that are not pages a user asked for. */
    private static final List<String> NOT_PAGES = List.of("/VAADIN/", "/HEARTBEAT/", LoginCallback.URL, Logout.URL,
            LoggedOut.URL, "/favicon.");

    private DeepLink() {
    }

    static Optional<String> of(HttpServletRequest current, String asked) {
        return of(current.getScheme(), current.getServerName(), current.getServerPort(), current.getContextPath(), asked);
    }

    /**
     * The path and query of {@code asked} when it is a page of the web module at {@code contextPath}
     * on the origin {@code scheme://host:port}; empty otherwise.
     */
    static Optional<String> of(String scheme, String host, int port, String contextPath, String asked) {
        if (asked == null || asked.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(asked);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!scheme.equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null
                || !host.equalsIgnoreCase(uri.getHost()) || port(uri) != port) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        String query = uri.getRawQuery();
        if (path == null || !(path.equals(contextPath) || path.startsWith(contextPath + "/"))) {
            return Optional.empty();
        }
        String inside = path.substring(contextPath.length());
        String lower = path.toLowerCase(Locale.ROOT);
        if (inside.contains("//") || inside.contains("/./") || inside.contains("/../") || inside.endsWith("/.")
                || inside.endsWith("/..") || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
                || lower.contains(";") || NOT_PAGES.stream().anyMatch(inside::startsWith)
                || (query != null && (query.startsWith("v-r=") || query.contains("&v-r=")))) {
            return Optional.empty();
        }
        return Optional.of(path + (query == null ? "" : "?" + query));
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
