package io.shopdesk.shared;

import java.time.Duration;

/**
 * A request refused for a reason that callers must tell apart from a broken business rule: the caller is not
 * authenticated, not allowed, conflicts with the current state, sent too much or too often, or the service cannot
 * serve it now. The HTTP API turns each {@link Reason} into its own status (401, 403, 409, 413, 429 with {@code
 * Retry-After}, 503, with {@code Retry-After} when given).
 */
public class RequestRefusedException extends BusinessRuleException {

    /** Why a request was refused. */
    public enum Reason {
        UNAUTHENTICATED,
        FORBIDDEN,
        CONFLICT,
        TOO_LARGE,
        TOO_MANY_REQUESTS,
        UNAVAILABLE
    }

    private final Reason reason;
    private final Duration retryAfter;

    public RequestRefusedException(Reason reason, String messageKey, Object... arguments) {
        this(reason, Duration.ZERO, messageKey, arguments);
    }

    private RequestRefusedException(Reason reason, Duration retryAfter, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    /** Too many requests: the caller may try again after the given time. */
    public static RequestRefusedException tooManyRequests(Duration retryAfter, String messageKey, Object... args) {
        return new RequestRefusedException(Reason.TOO_MANY_REQUESTS, retryAfter, messageKey, args);
    }

    /** The service is too busy to serve the request now: the caller may try again after the given time. */
    public static RequestRefusedException unavailable(Duration retryAfter, String messageKey, Object... args) {
        return new RequestRefusedException(Reason.UNAVAILABLE, retryAfter, messageKey, args);
    }

    public Reason reason() {
        return reason;
    }

    /** How long the caller should wait before trying again; zero unless given (too many requests, too busy). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
