package io.shopdesk.connector.outbox;

/**
 * What one send returned: the HTTP status, or {@link #NO_ANSWER} (connection refused, timeout) with the reason.
 *
 * @param error why there was no answer; {@code null} when there was one
 */
record Attempt(int status, String error) {

    static final int NO_ANSWER = 0;

    static Attempt answered(int status) {
        return new Attempt(status, null);
    }

    static Attempt noAnswer(String error) {
        return new Attempt(NO_ANSWER, error);
    }

    /** How the last attempt went, for the row and the audit log. */
    String describe() {
        return status == NO_ANSWER ? "no answer (" + error + ")" : "HTTP " + status;
    }
}
