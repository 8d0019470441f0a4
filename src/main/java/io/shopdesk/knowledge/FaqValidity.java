package io.shopdesk.knowledge;

import java.time.LocalDate;

/**
 * When an entry is answerable: it is {@link FaqStatus#PUBLISHED} and the day lies within its validity dates, both
 * inclusive; a missing date means no limit on that side. Days are counted in the knowledge time zone
 * ({@code shopdesk.knowledge.time-zone}, UTC by default); {@link FaqManagement#today()} gives today there.
 */
public final class FaqValidity {

    private FaqValidity() {}

    public static boolean isAnswerable(FaqStatus status, LocalDate validFrom, LocalDate validUntil, LocalDate day) {
        return status == FaqStatus.PUBLISHED
                && (validFrom == null || !day.isBefore(validFrom))
                && (validUntil == null || !day.isAfter(validUntil));
    }
}
