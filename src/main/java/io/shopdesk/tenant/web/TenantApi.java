package io.shopdesk.tenant.web;

import io.shopdesk.security.CurrentUser;
import io.shopdesk.security.InitialCredentials;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantDraft;
import io.shopdesk.tenant.TenantManagement;
import io.shopdesk.tenant.TenantOverview;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenants over HTTP. Platform staff see and manage every tenant; anybody else sees only their own tenant, and
 * any other slug answers 404 exactly as a slug that does not exist.
 */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantApi {

    private final TenantManagement tenants;
    private final CurrentUser currentUser;

    TenantApi(TenantManagement tenants, CurrentUser currentUser) {
        this.tenants = tenants;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    List<TenantOverview> list() {
        return tenants.listAcrossTenants();
    }

    @GetMapping("/{slug}")
    TenantOverview one(@PathVariable String slug) {
        var user = currentUser.require();
        if (!TenantId.isValidSlug(slug)
                || (!user.isPlatformStaff() && !user.tenant().value().equals(slug))) {
            throw new NotFoundException("tenant", slug);
        }
        if (!user.isPlatformStaff()) {
            return tenants.ownTenant();
        }
        return tenants.listAcrossTenants().stream()
                .filter(tenant -> tenant.id().value().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("tenant", slug));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InitialCredentials create(@RequestBody TenantDraft draft) {
        return tenants.createTenant(draft);
    }

    @PostMapping("/{slug}/suspend")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void suspend(@PathVariable String slug) {
        tenants.suspendTenant(existing(slug));
    }

    @PostMapping("/{slug}/reactivate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reactivate(@PathVariable String slug) {
        tenants.reactivateTenant(existing(slug));
    }

    private static TenantId existing(String slug) {
        if (!TenantId.isValidSlug(slug)) {
            throw new NotFoundException("tenant", slug);
        }
        return new TenantId(slug);
    }
}
