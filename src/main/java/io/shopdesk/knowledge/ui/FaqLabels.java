package io.shopdesk.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.shopdesk.knowledge.FaqListItem;
import io.shopdesk.knowledge.FaqStats;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.ui.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How FAQ values read in the console: the state badge, rates, dates. */
final class FaqLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FaqLabels() {}

    /** Published, draft, scheduled (published, starts later) or expired (published, ended). */
    static String stateKey(FaqStatus status, LocalDate validFrom, LocalDate validUntil, LocalDate today) {
        if (status == FaqStatus.DRAFT) {
            return "faq.state.draft";
        }
        if (validFrom != null && today.isBefore(validFrom)) {
            return "faq.state.scheduled";
        }
        if (validUntil != null && today.isAfter(validUntil)) {
            return "faq.state.expired";
        }
        return "faq.state.published";
    }

    static Component stateBadge(FaqListItem item, LocalDate today) {
        String key = stateKey(item.status(), item.validFrom(), item.validUntil(), today);
        var badge = new Span(Messages.t(key));
        String theme = switch (key) {
            case "faq.state.published" -> "badge success";
            case "faq.state.draft" -> "badge contrast";
            case "faq.state.expired" -> "badge error";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        badge.getElement().setAttribute("data-state", key.substring("faq.state.".length()));
        return badge;
    }

    static String helpfulRate(FaqStats stats) {
        var rate = stats.helpfulRate();
        return rate.isPresent() ? Math.round(rate.getAsDouble() * 100) + " %" : "–";
    }

    static String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    static String validity(LocalDate from, LocalDate until) {
        if (from == null && until == null) {
            return "";
        }
        return (from == null ? "…" : from.toString()) + " – " + (until == null ? "…" : until.toString());
    }
}
