package io.shopdesk.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts answer facts into {@code report_topic_daily} and {@code report_unanswered_daily} in batches, every
 * {@code shopdesk.reporting.rollup-interval} (1 s). A chat turn then writes one row of its own instead of updating
 * a counter every other turn on the same entry updates too, and holds no lock another turn waits for.
 *
 * <p>A batch takes up to {@link #BATCH} facts with {@code pending_rollup} set, adds them to the roll-ups and clears
 * the flag, all in one transaction, so a fact is counted exactly once even when the batch fails (nothing is
 * counted, the next run tries again). Facts another replica's batch holds, or a chat turn has not committed yet,
 * are skipped ({@code SKIP LOCKED}), and the transaction reads committed rows only, so it takes no gap locks that
 * would make chat turns wait for it. Counters are written in key order, so two replicas cannot deadlock.
 */
@Component
class AnswerRollup {

    static final int BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(AnswerRollup.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    // A JDBC transaction manager of its own: the JPA one cannot set an isolation level per transaction here.
    AnswerRollup(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    private record Fact(
            String tenant,
            String conversation,
            int turn,
            Long faqEntryId,
            String question,
            long channel,
            LocalDate day,
            boolean fallback) {}

    private record TopicKey(String tenant, LocalDate day, long channel, long faqEntryId) {}

    private record QuestionKey(String tenant, LocalDate day, long channel, String hash) {}

    private static final Comparator<TopicKey> TOPIC_ORDER = Comparator.comparing(TopicKey::tenant)
            .thenComparing(TopicKey::day)
            .thenComparingLong(TopicKey::channel)
            .thenComparingLong(TopicKey::faqEntryId);

    private static final Comparator<QuestionKey> QUESTION_ORDER = Comparator.comparing(QuestionKey::tenant)
            .thenComparing(QuestionKey::day)
            .thenComparingLong(QuestionKey::channel)
            .thenComparing(QuestionKey::hash);

    @Scheduled(
            fixedDelayString = "${shopdesk.reporting.rollup-interval:1s}",
            initialDelayString = "${shopdesk.reporting.rollup-interval:1s}")
    void run() {
        try {
            while (rollUpBatch() == BATCH) {
                // a backlog: keep going until it is counted
            }
        } catch (DataAccessException | TransactionException failed) {
            log.warn("Could not count answer facts into the reports; trying again with the next run", failed);
        }
    }

    /** Counts one batch; the number of facts it counted. */
    int rollUpBatch() {
        Integer counted = transactions.execute(status -> {
            List<Fact> facts = jdbc.query(
                    """
                    SELECT tenant_id, conversation_id, turn, faq_entry_id, question, channel_id, answered_at, fallback
                    FROM report_answer WHERE pending_rollup = TRUE LIMIT ? FOR UPDATE SKIP LOCKED""",
                    (rs, row) -> new Fact(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getObject(4, Long.class),
                            rs.getString(5),
                            rs.getLong(6),
                            rs.getTimestamp(7).toLocalDateTime().toLocalDate(),
                            rs.getBoolean(8)),
                    BATCH);
            if (facts.isEmpty()) {
                return 0;
            }
            Map<TopicKey, Integer> topics = new TreeMap<>(TOPIC_ORDER);
            Map<QuestionKey, Integer> questions = new TreeMap<>(QUESTION_ORDER);
            Map<QuestionKey, String> texts = new HashMap<>();
            for (Fact fact : facts) {
                if (fact.faqEntryId() != null) {
                    topics.merge(
                            new TopicKey(fact.tenant(), fact.day(), fact.channel(), fact.faqEntryId()),
                            1,
                            Integer::sum);
                }
                if (fact.fallback()) {
                    String normalised = fact.question().strip().toLowerCase(Locale.ROOT);
                    var key = new QuestionKey(fact.tenant(), fact.day(), fact.channel(), sha256(normalised));
                    questions.merge(key, 1, Integer::sum);
                    texts.putIfAbsent(key, normalised);
                }
            }
            var topicRows = new ArrayList<Object[]>(topics.size());
            topics.forEach((key, hits) -> topicRows.add(
                    new Object[] {key.tenant(), Date.valueOf(key.day()), key.channel(), key.faqEntryId(), hits}));
            jdbc.batchUpdate("""
                    INSERT INTO report_topic_daily (tenant_id, day, channel_id, faq_entry_id, hits) VALUES (?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits)""", topicRows);
            var questionRows = new ArrayList<Object[]>(questions.size());
            questions.forEach((key, hits) -> questionRows.add(
                    new Object[] {key.tenant(), Date.valueOf(key.day()), key.channel(), key.hash(), texts.get(key), hits
                    }));
            jdbc.batchUpdate("""
                    INSERT INTO report_unanswered_daily (tenant_id, day, channel_id, question_hash, question, hits)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits)""", questionRows);
            jdbc.batchUpdate(
                    """
                    UPDATE report_answer SET pending_rollup = FALSE
                    WHERE tenant_id = ? AND conversation_id = ? AND turn = ?""",
                    facts.stream()
                            .map(fact -> new Object[] {fact.tenant(), fact.conversation(), fact.turn()})
                            .toList());
            return facts.size();
        });
        return counted == null ? 0 : counted;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
