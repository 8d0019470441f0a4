package io.shopdesk.onboarding;

import io.shopdesk.channel.ChannelManagement;
import io.shopdesk.conversation.DialogueSettingsManagement;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.onboarding.internal.PackArchive;
import io.shopdesk.onboarding.internal.PackReader;
import io.shopdesk.security.AccountManagement;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.TenantId;
import io.shopdesk.tenant.TenantManagement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads tenant packs. A pack whose tenant exists already is skipped (so start-up loading is idempotent); platform
 * staff in the {@code platform} pack are added when their account does not exist yet.
 */
@Service
public class TenantPackLoader {

    private static final Logger log = LoggerFactory.getLogger(TenantPackLoader.class);

    private final TenantManagement tenants;
    private final AccountManagement accounts;
    private final FaqManagement faq;
    private final ChannelManagement channels;
    private final DialogueSettingsManagement dialogue;
    private final ResourcePatternResolver resources;
    private final TransactionTemplate transactions;

    TenantPackLoader(
            TenantManagement tenants,
            AccountManagement accounts,
            FaqManagement faq,
            ChannelManagement channels,
            DialogueSettingsManagement dialogue,
            ResourcePatternResolver resources,
            TransactionTemplate transactions) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.faq = faq;
        this.channels = channels;
        this.dialogue = dialogue;
        this.resources = resources;
        this.transactions = transactions;
    }

    /** What loading a pack did. */
    public enum Outcome {
        LOADED,
        SKIPPED
    }

    /** Loads every pack found at {@code location} (a folder of pack folders, classpath: or file:). */
    public List<Outcome> loadAll(String location) {
        var outcomes = new ArrayList<Outcome>();
        for (TenantPack pack : readAll(location)) {
            outcomes.add(loadAsSystem(pack));
        }
        return outcomes;
    }

    /** Loads a pack on a platform admin's request. */
    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    public Outcome load(TenantPack pack) {
        return loadAsSystem(pack);
    }

    /**
     * Loads a pack uploaded as a zip file holding {@code tenant.yaml} and optionally {@code faq.yaml}, at its root
     * or in one folder. Refuses archives that unpack to more than 10 MB.
     */
    @PreAuthorize(Roles.HAS_PLATFORM_ADMIN)
    public Outcome loadZip(String fileName, byte[] zip) {
        var files = PackArchive.read(fileName, zip);
        var pack = PackReader.read(fileName, files.tenantYaml(), files.faqYaml());
        if (pack.isPlatform()) {
            throw new BusinessRuleException("error.pack.invalid", fileName, "the platform pack cannot be uploaded");
        }
        return loadAsSystem(pack);
    }

    Outcome loadAsSystem(TenantPack pack) {
        if (pack.isPlatform()) {
            return loadPlatformStaff(pack);
        }
        var tenant = new TenantId(pack.tenant().slug());
        if (tenants.exists(tenant)) {
            addMissingFixedKeyChannels(tenant, pack);
            return Outcome.SKIPPED;
        }
        var admin = pack.users().getFirst();
        if (!admin.roles().contains(Roles.TENANT_ADMIN)) {
            throw new BusinessRuleException(
                    "error.pack.invalid", pack.source(), "the first user must be a TENANT_ADMIN");
        }
        var credentials = tenants.createTenantAsSystem(pack.tenant(), admin.password(), () -> {
            pack.users().stream().skip(1).forEach(accounts::addMemberAsSystem);
            if (!pack.faq().isEmpty()) {
                faq.addEntriesAsSystem(pack.faq());
            }
            if (pack.bot() != null) {
                dialogue.defineAsSystem(pack.bot());
            }
            for (var channel : pack.channels()) {
                var created = channels.createChannelAsSystem(channel.draft(), channel.key());
                if (channel.key() == null) {
                    log.info("Key of channel {} of {}: {}", channel.draft().name(), tenant, created.key());
                }
            }
        });
        log.info(
                "Loaded tenant pack {} ({} users, {} FAQ entries)",
                tenant,
                pack.users().size(),
                pack.faq().size());
        if (!credentials.password().isEmpty()) {
            log.info("First password of {}: {}", credentials.email(), credentials.password());
        }
        return Outcome.LOADED;
    }

    /**
     * A tenant loaded before its pack named channels with fixed keys (the demo shop pages' keys) gets those
     * channels now, so existing data folders keep working with the documented keys. Nothing else is changed.
     */
    private void addMissingFixedKeyChannels(TenantId tenant, TenantPack pack) {
        for (var channel : pack.channels()) {
            if (channel.key() == null || channels.keyExists(channel.key())) {
                continue;
            }
            try {
                TenantContext.runAs(
                        tenant,
                        () -> transactions.executeWithoutResult(
                                status -> channels.createChannelAsSystem(channel.draft(), channel.key())));
                log.info("Added channel {} of pack {}", channel.draft().name(), tenant);
            } catch (BusinessRuleException refused) {
                log.warn("Channel {} of pack {} not added: {}", channel.draft().name(), tenant, refused.getMessage());
            }
        }
    }

    private Outcome loadPlatformStaff(TenantPack pack) {
        return TenantContext.callAs(
                TenantId.PLATFORM,
                () -> transactions.execute(status -> {
                    var existing = accounts.memberEmailsOfCurrentTenant();
                    int added = 0;
                    for (var user : pack.users()) {
                        if (!existing.contains(user.email().strip().toLowerCase(Locale.ROOT))) {
                            accounts.addMemberAsSystem(user);
                            added++;
                        }
                    }
                    return added > 0 ? Outcome.LOADED : Outcome.SKIPPED;
                }));
    }

    private List<TenantPack> readAll(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        try {
            var packs = new ArrayList<TenantPack>();
            for (Resource tenantYaml : resources.getResources(base + "*/tenant.yaml")) {
                String name = folderName(tenantYaml);
                var pack = PackReader.read(name, tenantYaml, tenantYaml.createRelative("faq.yaml"));
                if (!name.equals(pack.tenant().slug())) {
                    throw new BusinessRuleException(
                            "error.pack.invalid", name + "/tenant.yaml", "the folder name must equal the slug");
                }
                packs.add(pack);
            }
            // The platform pack first, so platform staff exist before anything else.
            packs.sort((a, b) -> Boolean.compare(b.isPlatform(), a.isPlatform()));
            return packs;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read tenant packs at " + location, e);
        }
    }

    private static String folderName(Resource tenantYaml) throws IOException {
        String path = tenantYaml.getURL().getPath();
        String folder = path.substring(0, path.lastIndexOf('/'));
        return folder.substring(folder.lastIndexOf('/') + 1);
    }
}
