package io.shopdesk.shared;

/**
 * The names of the MDC keys every ShopDesk log line may carry (structured logs turn them into JSON fields). Set
 * them with {@code try (var ignored = MDC.putCloseable(LogFields.CONVERSATION, id.toString())) { ... }} so they
 * never leak to the next task on a pooled thread. Console and REST requests get {@link #TENANT} from the security
 * module; code that works for a tenant outside a request (chat API, listeners, jobs) sets it itself.
 */
public final class LogFields {

    /** The tenant slug the work is done for ({@code TenantId#value()}). */
    public static final String TENANT = "tenant";

    /** The id of the customer conversation the work belongs to. */
    public static final String CONVERSATION = "conversation";

    private LogFields() {}
}
