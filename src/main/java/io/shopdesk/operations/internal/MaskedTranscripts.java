package io.shopdesk.operations.internal;

import io.shopdesk.conversation.TranscriptMasking;
import io.shopdesk.shared.TenantId;
import org.springframework.stereotype.Component;

/** Masks personal data in what customers write, for tenants that turned masking of transcripts on. */
@Component
class MaskedTranscripts implements TranscriptMasking {

    private final DataProtectionCache settings;

    MaskedTranscripts(DataProtectionCache settings) {
        this.settings = settings;
    }

    @Override
    public String forTranscript(TenantId tenant, String customerText) {
        return settings.settingsOf(tenant).maskTranscripts() ? PiiMasker.mask(customerText) : customerText;
    }
}
