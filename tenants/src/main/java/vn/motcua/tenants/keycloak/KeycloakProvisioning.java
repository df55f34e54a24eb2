package vn.motcua.tenants.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.admin.AdminLogin;
import vn.motcua.tenants.admin.FirstAdmin;
import vn.motcua.tenants.admin.IdentityProvisioning;
import vn.motcua.tenants.problem.Conflict;
import vn.motcua.tenants.problem.ProvisioningFailed;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import static vn.motcua.tenants.keycloak.KeycloakAdmin.enc;

/**
 * {@link IdentityProvisioning} on Keycloak: a group per tenant named by the tenant id, nested as
 * the tree is, with the attributes {@code tenant} (which the realm's mapper puts in the token)
 * and {@code displayName}. A group is found by the id Motcua recorded, else by its path, else by
 * its {@code tenant} attribute, so that a change interrupted half-way is finished, not repeated.
 */
@ApplicationScoped
public class KeycloakProvisioning implements IdentityProvisioning {

    private static final Logger LOG = Logger.getLogger(KeycloakProvisioning.class.getName());
    static final String TENANT = "tenant";
    static final String DISPLAY_NAME = "displayName";
    static final String MERGED_INTO = "mergedInto";
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    /** No 0/O, 1/l/I: the password is read off a screen and typed once. */
    private static final char[] PASSWORD_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PAGE = 100;

    @Inject
    KeycloakAdmin keycloak;

    @Override
    public String syncGroup(GroupSpec spec) {
        Optional<JsonObject> found = findGroup(spec);
        if (found.isEmpty()) {
            return createGroup(spec);
        }
        JsonObject group = found.get();
        String id = group.getString("id");
        if (!spec.path().equals(group.getString("path", null))) {
            String target = spec.parentGroupId() == null ? "/groups" : "/groups/" + spec.parentGroupId() + "/children";
            keycloak.require(keycloak.post(target, Json.createObjectBuilder().add("id", id).add("name", spec.tenantId()).build()),
                    "moving group " + group.getString("path", id) + " to " + spec.path());
            LOG.info(() -> "moved Keycloak group of " + spec.tenantId() + " to " + spec.path());
        }
        JsonObject attributes = group.getJsonObject("attributes");
        Map<String, String> wanted = wantedAttributes(spec);
        boolean differs = wanted.entrySet().stream().anyMatch(e -> !Objects.equals(first(attributes, e.getKey()), e.getValue()));
        if (differs) {
            JsonObjectBuilder merged = Json.createObjectBuilder(attributes == null ? JsonValue.EMPTY_JSON_OBJECT : attributes);
            wanted.forEach((k, v) -> {
                if (v == null) {
                    merged.remove(k);
                } else {
                    merged.add(k, Json.createArrayBuilder().add(v));
                }
            });
            keycloak.require(keycloak.put("/groups/" + id, Json.createObjectBuilder()
                            .add("name", spec.tenantId()).add("attributes", merged).build()),
                    "updating group of " + spec.tenantId());
        }
        return id;
    }

    @Override
    public AdminLogin ensureFirstAdmin(String groupId, String groupPath, FirstAdmin admin) {
        Optional<JsonObject> existing = userByName(admin.username());
        String password = temporaryPassword();
        String userId;
        boolean fresh;
        if (existing.isEmpty()) {
            KeycloakAdmin.Reply created = keycloak.post("/users", Json.createObjectBuilder()
                    .add("username", admin.username())
                    .add("email", admin.email())
                    .add("firstName", admin.firstName())
                    .add("lastName", admin.lastName())
                    .add("enabled", true)
                    .add("emailVerified", true)
                    .add("groups", Json.createArrayBuilder().add(groupPath))
                    .add("requiredActions", Json.createArrayBuilder().add(UPDATE_PASSWORD))
                    .add("credentials", Json.createArrayBuilder().add(credential(password)))
                    .build());
            if (created.status() == 409) {
                throw new Conflict("the login " + admin.username() + " or the e-mail " + admin.email() + " is already in use");
            }
            keycloak.require(created, "creating user " + admin.username());
            userId = created.createdId();
            fresh = true;
        } else {
            userId = existing.get().getString("id");
            if (!memberOf(userId, groupId)) {
                // reusing a login of another tenant would hand that person this tenant
                throw new Conflict("the login " + admin.username() + " already belongs to someone else");
            }
            fresh = existing.get().getJsonArray("requiredActions") != null && existing.get().getJsonArray("requiredActions")
                    .getValuesAs(JsonString.class).stream().anyMatch(a -> a.getString().equals(UPDATE_PASSWORD));
            if (fresh) {
                keycloak.require(keycloak.put("/users/" + userId + "/reset-password", credential(password)),
                        "setting the temporary password of " + admin.username());
            }
        }
        grantCatalogAdmin(userId, admin.username());
        return new AdminLogin(admin.username(), fresh ? password : null);
    }

    @Override
    public int moveMembers(String fromGroupId, String toGroupId) {
        int moved = 0;
        for (int round = 0; round < 10_000; round++) {
            JsonArray members = (JsonArray) keycloak.require(keycloak.get("/groups/" + fromGroupId + "/members?first=0&max=" + PAGE
                    + "&briefRepresentation=true"), "listing members of group " + fromGroupId).json();
            if (members.isEmpty()) {
                return moved;
            }
            for (JsonObject user : members.getValuesAs(JsonObject.class)) {
                String id = user.getString("id");
                keycloak.require(keycloak.put("/users/" + id + "/groups/" + toGroupId, null), "adding " + user.getString("username") + " to the new unit");
                keycloak.require(keycloak.delete("/users/" + id + "/groups/" + fromGroupId), "removing " + user.getString("username") + " from the merged unit");
                moved++;
            }
        }
        throw new ProvisioningFailed("group " + fromGroupId + " does not empty");
    }

    private String createGroup(GroupSpec spec) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        wantedAttributes(spec).forEach((k, v) -> {
            if (v != null) {
                attributes.add(k, Json.createArrayBuilder().add(v));
            }
        });
        String target = spec.parentGroupId() == null ? "/groups" : "/groups/" + spec.parentGroupId() + "/children";
        KeycloakAdmin.Reply reply = keycloak.post(target, Json.createObjectBuilder()
                .add("name", spec.tenantId()).add("attributes", attributes).build());
        if (reply.status() == 409) { // made meanwhile by another attempt: use it
            return byPath(spec.path()).map(g -> g.getString("id"))
                    .orElseThrow(() -> new ProvisioningFailed("group " + spec.path() + " exists but cannot be read"));
        }
        keycloak.require(reply, "creating group " + spec.path());
        String id = reply.createdId() != null ? reply.createdId() : reply.object().getString("id");
        LOG.info(() -> "created Keycloak group " + spec.path() + " for tenant " + spec.tenantId());
        return id;
    }

    private Optional<JsonObject> findGroup(GroupSpec spec) {
        if (spec.knownGroupId() != null) {
            KeycloakAdmin.Reply reply = keycloak.get("/groups/" + spec.knownGroupId());
            if (reply.ok() && spec.tenantId().equals(first(reply.object().getJsonObject("attributes"), TENANT))) {
                return Optional.of(reply.object());
            }
        }
        Optional<JsonObject> byPath = byPath(spec.path())
                .filter(g -> spec.tenantId().equals(first(g.getJsonObject("attributes"), TENANT)));
        if (byPath.isPresent()) {
            return byPath;
        }
        KeycloakAdmin.Reply search = keycloak.require(keycloak.get("/groups?q=" + enc(TENANT + ":" + spec.tenantId())
                + "&exact=true&briefRepresentation=false&max=10"), "searching the group of " + spec.tenantId());
        return withTenant(((JsonArray) search.json()).getValuesAs(JsonObject.class), spec.tenantId())
                .map(g -> keycloak.require(keycloak.get("/groups/" + g.getString("id")), "reading group").object());
    }

    /** The group carrying {@code tenant} in a search result, which nests matches under their ancestors. */
    private static Optional<JsonObject> withTenant(List<JsonObject> groups, String tenant) {
        for (JsonObject g : groups) {
            if (tenant.equals(first(g.getJsonObject("attributes"), TENANT))) {
                return Optional.of(g);
            }
            JsonArray sub = g.getJsonArray("subGroups");
            if (sub != null) {
                Optional<JsonObject> below = withTenant(sub.getValuesAs(JsonObject.class), tenant);
                if (below.isPresent()) {
                    return below;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<JsonObject> byPath(String path) {
        KeycloakAdmin.Reply reply = keycloak.get("/group-by-path" + path);
        if (reply.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(keycloak.require(reply, "reading group " + path).object());
    }

    private Optional<JsonObject> userByName(String username) {
        JsonArray users = (JsonArray) keycloak.require(keycloak.get("/users?exact=true&briefRepresentation=false&username="
                + enc(username)), "searching user " + username).json();
        return users.getValuesAs(JsonObject.class).stream().filter(u -> username.equals(u.getString("username"))).findFirst();
    }

    private boolean memberOf(String userId, String groupId) {
        JsonArray groups = (JsonArray) keycloak.require(keycloak.get("/users/" + userId + "/groups?briefRepresentation=true"),
                "reading groups of user " + userId).json();
        return groups.getValuesAs(JsonObject.class).stream().anyMatch(g -> g.getString("id").equals(groupId));
    }

    private void grantCatalogAdmin(String userId, String username) {
        JsonArray granted = (JsonArray) keycloak.require(keycloak.get("/users/" + userId + "/role-mappings/realm"),
                "reading roles of " + username).json();
        if (granted.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("name").equals(Role.CATALOG_ADMIN))) {
            return;
        }
        // the user's available roles need only manage-users, not view-realm
        JsonArray available = (JsonArray) keycloak.require(keycloak.get("/users/" + userId + "/role-mappings/realm/available"),
                "reading roles available to " + username).json();
        JsonObject role = available.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals(Role.CATALOG_ADMIN)).findFirst()
                .orElseThrow(() -> new ProvisioningFailed("the realm has no role " + Role.CATALOG_ADMIN));
        keycloak.require(keycloak.post("/users/" + userId + "/role-mappings/realm", Json.createArrayBuilder().add(role).build()),
                "granting " + Role.CATALOG_ADMIN + " to " + username);
    }

    private static Map<String, String> wantedAttributes(GroupSpec spec) {
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        m.put(TENANT, spec.tenantId());
        m.put(DISPLAY_NAME, spec.name());
        m.put(MERGED_INTO, spec.mergedInto());
        return m;
    }

    private static String first(JsonObject attributes, String key) {
        if (attributes == null || !attributes.containsKey(key)) {
            return null;
        }
        JsonArray values = attributes.getJsonArray(key);
        return values.isEmpty() ? null : values.getString(0);
    }

    private static JsonObject credential(String password) {
        return Json.createObjectBuilder().add("type", "password").add("value", password).add("temporary", true).build();
    }

    static String temporaryPassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            s.append(PASSWORD_CHARS[RANDOM.nextInt(PASSWORD_CHARS.length)]);
        }
        return s.toString();
    }
}
