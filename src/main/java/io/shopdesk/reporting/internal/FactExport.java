package io.shopdesk.reporting.internal;

import io.shopdesk.reporting.ReportFilter;
import io.shopdesk.shared.TenantId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Streams closed conversations' fact rows as CSV, row by row (no list of millions in memory). */
@Component
public class FactExport {

    static final String[] HEADER = {
        "conversation_id",
        "channel_id",
        "channel_type",
        "started_at",
        "closed_at",
        "outcome",
        "handoff_reason",
        "first_response_ms",
        "duration_ms",
        "customer_messages",
        "helpful_votes",
        "not_helpful_votes",
        "agent_handling_ms",
        "reopened",
        "csat",
        "csat_for",
        "top_faq_entry_id",
        "category"
    };

    private final JdbcTemplate jdbc;

    FactExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(TenantId tenant, ReportFilter filter, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        var csv = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        var args = new ArrayList<Object>(List.of(
                tenant.value(),
                filter.from().atStartOfDay(),
                filter.to().plusDays(1).atStartOfDay()));
        filter.channelId().ifPresent(args::add);
        jdbc.query(
                """
                SELECT conversation_id, channel_id, channel_type, started_at, closed_at, outcome, handoff_reason,
                    first_response_ms, duration_ms, turns, helpful_votes, not_helpful_votes, agent_handling_ms,
                    reopened, csat, csat_agent, top_faq_entry_id, category
                FROM report_conversation
                WHERE tenant_id = ? AND started_at >= ? AND started_at < ? AND closed_at IS NOT NULL"""
                        + (filter.channelId().isPresent() ? " AND channel_id = ?" : "")
                        + " ORDER BY started_at, conversation_id",
                rs -> {
                    try {
                        Object csat = rs.getObject("csat");
                        csv.printRecord(
                                safe(rs.getString("conversation_id")),
                                rs.getLong("channel_id"),
                                safe(rs.getString("channel_type")),
                                rs.getTimestamp("started_at").toLocalDateTime() + "Z",
                                rs.getTimestamp("closed_at").toLocalDateTime() + "Z",
                                rs.getString("outcome"),
                                safe(rs.getString("handoff_reason")),
                                rs.getObject("first_response_ms"),
                                rs.getObject("duration_ms"),
                                rs.getInt("turns"),
                                rs.getInt("helpful_votes"),
                                rs.getInt("not_helpful_votes"),
                                rs.getObject("agent_handling_ms"),
                                rs.getBoolean("reopened"),
                                csat,
                                csat == null ? null : (rs.getBoolean("csat_agent") ? "AGENT" : "BOT"),
                                rs.getObject("top_faq_entry_id"),
                                safe(rs.getString("category")));
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                },
                args.toArray());
        csv.flush();
        writer.flush();
    }

    /** A text cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
