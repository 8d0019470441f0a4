package io.shopdesk.security.internal;

import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak mode: a tenant is an organization (alias and name = slug, description = tenant name); a member is a
 * realm user (username = e-mail address) in that organization and in the groups {@code /tenants/<slug>/<ROLE>}.
 * Roles go to per-tenant groups rather than realm roles, because a realm role would hold in every organization of
 * the user. Everything created here is undone when the caller's transaction rolls back ({@link KeycloakUndo}).
 */
final class KeycloakIdentityProvider implements IdentityProvider {

    private static final Logger log = LoggerFactory.getLogger(KeycloakIdentityProvider.class);
    private static final int MEMBER_PAGE = 100;

    private final RealmResource realm;
    private final KeycloakUndo undo;
    private final String accountConsoleUrl;

    KeycloakIdentityProvider(RealmResource realm, KeycloakUndo undo, String accountConsoleUrl) {
        this.realm = realm;
        this.undo = undo;
        this.accountConsoleUrl = accountConsoleUrl;
    }

    @Override
    public boolean storesPasswordsLocally() {
        return false;
    }

    @Override
    public Optional<String> accountConsoleUrl() {
        return Optional.of(accountConsoleUrl);
    }

    @Override
    public void createTenant(TenantId tenant, String tenantName) {
        undo.requireTransaction();
        call(() -> {
            if (findOrganization(tenant).isPresent()) {
                throw BusinessRuleException.onField("slug", "error.keycloak.organization-exists", tenant.value());
            }
            createOrganization(tenant, tenantName);
            return null;
        });
    }

    @Override
    public void addMember(
            TenantId tenant,
            String email,
            String displayName,
            Set<String> roles,
            String password,
            boolean temporaryPassword) {
        undo.requireTransaction();
        call(() -> {
            String organization = findOrganization(tenant).orElseGet(() -> createOrganization(tenant, tenant.value()));
            var existing = findUser(email);
            String userId;
            if (password != null) {
                if (existing.isPresent()) {
                    throw BusinessRuleException.onField("email", "error.keycloak.account-exists", email);
                }
                userId = createUser(email, displayName, password, temporaryPassword);
            } else {
                userId = existing.map(UserRepresentation::getId)
                        .orElseThrow(
                                () -> BusinessRuleException.onField("email", "error.keycloak.account-missing", email));
            }
            joinOrganization(organization, userId, email, tenant);
            var groupsBefore = realm.users().get(userId).groups().stream()
                    .map(GroupRepresentation::getPath)
                    .collect(Collectors.toSet());
            for (String role : roles) {
                String path = "/" + KeycloakClaims.TENANT_GROUPS + "/" + tenant.value() + "/" + role;
                if (!groupsBefore.contains(path)) {
                    String group = group(KeycloakClaims.TENANT_GROUPS, tenant.value(), role);
                    realm.users().get(userId).joinGroup(group);
                    undo.onRollback(
                            "leave group " + path,
                            () -> realm.users().get(userId).leaveGroup(group));
                }
            }
            return null;
        });
    }

    @Override
    public int deleteTenant(TenantId tenant) {
        return call(() -> {
            int deletedUsers = 0;
            var organization = findOrganization(tenant);
            if (organization.isPresent()) {
                String id = organization.get();
                var members = new ArrayList<MemberRepresentation>();
                for (int first = 0; ; first += MEMBER_PAGE) {
                    var page = realm.organizations().get(id).members().list(first, MEMBER_PAGE);
                    members.addAll(page);
                    if (page.size() < MEMBER_PAGE) {
                        break;
                    }
                }
                for (var member : members) {
                    var organizations = realm.organizations().members().getOrganizations(member.getId(), true);
                    boolean onlyHere = organizations.stream().allMatch(other -> id.equals(other.getId()));
                    if (onlyHere) {
                        closing(realm.users().delete(member.getId()));
                        deletedUsers++;
                    }
                }
                closing(realm.organizations().get(id).delete());
            }
            findGroup("/" + KeycloakClaims.TENANT_GROUPS + "/" + tenant.value())
                    .ifPresent(group -> realm.groups().group(group).remove());
            log.info(
                    "Deleted Keycloak organization {} and {} account(s) of no other organization",
                    tenant,
                    deletedUsers);
            return deletedUsers;
        });
    }

    private Optional<String> findOrganization(TenantId tenant) {
        return realm.organizations().search(tenant.value(), true, 0, 10).stream()
                .filter(organization -> tenant.value().equals(organization.getAlias()))
                .map(OrganizationRepresentation::getId)
                .findFirst();
    }

    private String createOrganization(TenantId tenant, String tenantName) {
        var organization = new OrganizationRepresentation();
        organization.setName(tenant.value());
        organization.setAlias(tenant.value());
        organization.setDescription(tenantName);
        organization.setEnabled(true);
        String id;
        try (Response response = realm.organizations().create(organization)) {
            if (response.getStatus() == 409) {
                throw BusinessRuleException.onField("slug", "error.keycloak.organization-exists", tenant.value());
            }
            id = createdId(response, "organization " + tenant);
        }
        undo.onRollback(
                "delete organization " + tenant,
                () -> closing(realm.organizations().get(id).delete()));
        log.info("Created Keycloak organization {}", tenant);
        return id;
    }

    private Optional<UserRepresentation> findUser(String email) {
        return realm.users().searchByEmail(email, true).stream()
                .findFirst()
                .or(() -> realm.users().searchByUsername(email, true).stream().findFirst());
    }

    private String createUser(String email, String displayName, String password, boolean temporary) {
        var user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        int space = displayName.lastIndexOf(' ');
        user.setFirstName(space > 0 ? displayName.substring(0, space) : displayName);
        user.setLastName(space > 0 ? displayName.substring(space + 1) : null);
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(temporary);
        user.setCredentials(List.of(credential));
        String id;
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() == 409) {
                throw BusinessRuleException.onField("email", "error.keycloak.account-exists", email);
            }
            id = createdId(response, "user " + email);
        }
        undo.onRollback("delete user " + email, () -> closing(realm.users().delete(id)));
        return id;
    }

    private void joinOrganization(String organization, String userId, String email, TenantId tenant) {
        try (Response response =
                realm.organizations().get(organization).members().addMember(userId)) {
            if (response.getStatus() == 409) {
                return;
            }
            if (response.getStatus() / 100 != 2) {
                throw new KeycloakRefused("Keycloak answered " + response.getStatus() + " adding " + email
                        + " to organization " + tenant);
            }
        }
        undo.onRollback(
                "remove " + email + " from organization " + tenant,
                () -> closing(realm.organizations().get(organization).members().removeMember(userId)));
    }

    /** The id of the group at the path below the realm's top level, creating what is missing. */
    private String group(String... names) {
        String path = "";
        String parent = null;
        for (String name : names) {
            path = path + "/" + name;
            var found = findGroup(path);
            parent = found.isPresent() ? found.get() : createGroup(parent, name, path);
        }
        return parent;
    }

    private Optional<String> findGroup(String path) {
        try {
            return Optional.of(realm.getGroupByPath(path).getId());
        } catch (NotFoundException missing) {
            return Optional.empty();
        }
    }

    private String createGroup(String parent, String name, String path) {
        var group = new GroupRepresentation();
        group.setName(name);
        try (Response response = parent == null
                ? realm.groups().add(group)
                : realm.groups().group(parent).subGroup(group)) {
            if (response.getStatus() == 409) {
                // Created by a concurrent request a moment ago: use it, and leave it to that request.
                return findGroup(path).orElseThrow();
            }
            String id = createdId(response, "group " + path);
            undo.onRollback(
                    "delete group " + path, () -> realm.groups().group(id).remove());
            return id;
        }
    }

    private static String createdId(Response response, String what) {
        if (response.getStatus() != 201 || response.getLocation() == null) {
            throw new KeycloakRefused("Keycloak answered " + response.getStatus() + " creating " + what);
        }
        String location = response.getLocation().getPath();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void closing(Response response) {
        response.close();
    }

    /** An admin API answer we cannot make sense of. */
    private static final class KeycloakRefused extends RuntimeException {
        KeycloakRefused(String message) {
            super(message);
        }
    }

    /** Runs admin API calls; an unreachable or failing Keycloak becomes a clear, translated error. */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException | WebApplicationException | KeycloakRefused failure) {
            log.warn("Keycloak admin API call failed", failure);
            throw new BusinessRuleException("error.keycloak.unavailable");
        }
    }
}
