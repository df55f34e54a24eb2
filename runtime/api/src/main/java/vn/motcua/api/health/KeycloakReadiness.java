package vn.motcua.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Ready only while Keycloak serves the realm's discovery document (logins and token keys need it). */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    @ConfigProperty(name = "motcua.oidc.provider")
    String provider;

    @Override
    public HealthCheckResponse call() {
        String url = provider + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named("keycloak").status(response.statusCode() == 200)
                    .withData("realm", provider).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("keycloak").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
