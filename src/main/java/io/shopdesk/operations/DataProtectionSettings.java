package io.shopdesk.operations;

/**
 * A tenant's data protection: mask personal data in stored transcripts, mask it in exports, and delete
 * conversations after {@code retentionDays} days ({@code null}: keep them).
 */
public record DataProtectionSettings(boolean maskTranscripts, boolean maskExports, Integer retentionDays) {

    /** What a tenant without settings gets: nothing masked, everything kept. */
    public static final DataProtectionSettings DEFAULTS = new DataProtectionSettings(false, false, null);

    /** The shortest and longest retention a tenant may choose, in days. */
    public static final int MIN_RETENTION_DAYS = 1;

    public static final int MAX_RETENTION_DAYS = 3650;
}
