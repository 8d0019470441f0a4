package io.shopdesk.connector.outbox;

import io.shopdesk.audit.AuditLog;
import io.shopdesk.channel.ChannelType;
import io.shopdesk.channel.ConnectorChannel;
import io.shopdesk.channel.ConnectorDirectory;
import io.shopdesk.channel.SecretName;
import io.shopdesk.connector.DeliveryStatus;
import io.shopdesk.connector.web.TelegramClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due deliveries, for every tenant. Each row is claimed on its own just before it is sent
 * ({@link OutboxRows#claim}), so replicas running at once share the work and never send a row at the same time; a
 * replica that dies while sending lets go when its claim runs out ({@code shopdesk.channel.outbox.claim}), and the
 * row is sent again with the same idempotency key. No transaction is open while a channel is called. Outcomes follow
 * {@link RetryPolicy}; a delivery given up (refused, out of attempts, channel revoked) is recorded in the audit log
 * together with its status. {@link OutboxSchedule} calls {@link #deliverDue} with the clock's time; tests call it
 * with the time they want.
 */
@Component
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    static final String REVOKED = "channel revoked";

    private final OutboxRows rows;
    private final ConnectorDirectory directory;
    private final WebhookSender webhook;
    private final TelegramClient telegram;
    private final WeChatSender wechat;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final RetryPolicy policy;
    private final Duration claim;
    private final int batchSize;
    private final String replica = "outbox-" + UUID.randomUUID();

    OutboxWorker(
            OutboxRows rows,
            ConnectorDirectory directory,
            WebhookSender webhook,
            TelegramClient telegram,
            WeChatSender wechat,
            AuditLog auditLog,
            TransactionTemplate transactions,
            @Value("${shopdesk.channel.outbox.max-attempts:8}") int maxAttempts,
            @Value("${shopdesk.channel.outbox.first-retry:10s}") Duration firstRetry,
            @Value("${shopdesk.channel.outbox.max-retry:1h}") Duration maxRetry,
            @Value("${shopdesk.channel.outbox.claim:2m}") Duration claim,
            @Value("${shopdesk.channel.outbox.batch-size:50}") int batchSize) {
        this.rows = rows;
        this.directory = directory;
        this.webhook = webhook;
        this.telegram = telegram;
        this.wechat = wechat;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.policy = new RetryPolicy(maxAttempts, firstRetry, maxRetry);
        this.claim = claim;
        this.batchSize = batchSize;
    }

    /** How many attempts a delivery gets before it is given up. */
    public int maxAttempts() {
        return policy.maxAttempts();
    }

    /** Sends what is due at {@code now} (at most one batch); returns how many deliveries this call sent or gave up. */
    public int deliverDue(Instant now) {
        int handled = 0;
        for (var due : rows.due(now, batchSize)) {
            var claimed = rows.claim(due, replica, now, now.plus(claim));
            if (claimed.isPresent()) {
                attempt(claimed.get(), now);
                handled++;
            }
        }
        return handled;
    }

    int batchSize() {
        return batchSize;
    }

    private void attempt(Delivery delivery, Instant now) {
        var channel = directory.find(delivery.tenant(), delivery.channelId());
        if (channel.isEmpty()) {
            giveUp(delivery, delivery.attempts(), null, REVOKED, now);
            return;
        }
        Attempt attempt;
        try {
            attempt = send(channel.get(), delivery, now);
        } catch (RuntimeException e) {
            // A bug or a broken setting (an unreadable secret): counted as a failed attempt, so it is given up in time.
            log.warn("Delivery {} could not be sent", delivery.idempotencyKey(), e);
            attempt = Attempt.noAnswer(e.getClass().getSimpleName());
        }
        int attempts = delivery.attempts() + 1;
        switch (attempt.verdict()) {
            case DELIVERED ->
                rows.finish(delivery, replica, DeliveryStatus.DELIVERED, attempts, now, attempt.status(), null, now);
            case REFUSED -> giveUp(delivery, attempts, status(attempt), "refused: " + attempt.describe(), now);
            case RETRY -> {
                if (policy.exhausted(attempts)) {
                    giveUp(
                            delivery,
                            attempts,
                            status(attempt),
                            "gave up after " + attempts + " attempts; last: " + attempt.describe(),
                            now);
                } else {
                    var next = now.plus(policy.delayAfter(
                            attempts, ThreadLocalRandom.current().nextDouble()));
                    rows.finish(
                            delivery,
                            replica,
                            DeliveryStatus.PENDING,
                            attempts,
                            next,
                            status(attempt),
                            attempt.describe(),
                            null);
                }
            }
        }
    }

    private Attempt send(ConnectorChannel channel, Delivery delivery, Instant now) {
        if (delivery.channelType() == ChannelType.WEBHOOK) {
            return webhook.send(channel, delivery, now);
        }
        if (delivery.channelType() == ChannelType.WECHAT) {
            return wechat.send(channel, delivery, now);
        }
        String token = channel.secret(SecretName.TELEGRAM_BOT_TOKEN).orElseThrow();
        int status = telegram.send(channel.outboundUrl(), token, delivery.externalUser(), delivery.text());
        return status == TelegramClient.NO_ANSWER ? Attempt.noAnswer("no answer") : Attempt.answered(status);
    }

    private void giveUp(Delivery delivery, int attempts, Integer lastStatus, String reason, Instant now) {
        transactions.executeWithoutResult(status -> {
            if (rows.finish(delivery, replica, DeliveryStatus.FAILED, attempts, now, lastStatus, reason, now)) {
                auditLog.record(
                        delivery.tenant(),
                        "channel.delivery-failed",
                        "delivery:" + delivery.idempotencyKey(),
                        "status=PENDING",
                        "status=FAILED; channel=" + delivery.channelId() + "; attempts=" + attempts + "; " + reason);
            }
        });
        log.warn("Delivery {} given up: {}", delivery.idempotencyKey(), reason);
    }

    private static Integer status(Attempt attempt) {
        return attempt.status() == Attempt.NO_ANSWER ? null : attempt.status();
    }
}
