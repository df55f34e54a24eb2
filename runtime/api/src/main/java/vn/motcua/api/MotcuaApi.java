package vn.motcua.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import vn.motcua.tenants.Role;

@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.CATALOG_ADMIN, Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.REPORTING_OFFICER, Role.CITIZEN,
        Role.PLATFORM_ADMIN, Role.SUPERVISOR})
@OpenAPIDefinition(info = @Info(title = "Motcua API", version = "0.1",
        description = "Dossiers and procedures of Vietnamese one-stop desks. Authenticate with a Keycloak access token."))
public class MotcuaApi extends Application {
}
