package io.shopdesk.connector.outbox;

import io.shopdesk.connector.outbox.RetryPolicy.Verdict;

/**
 * What one send returned: the HTTP status, or {@link #NO_ANSWER} (connection refused, timeout) with the reason, and
 * what the outbox does next. For plain HTTP channels the verdict follows the status ({@link RetryPolicy#verdict});
 * a platform that answers errors inside a 200 (WeChat's {@code errcode}) gives its own verdict and reason.
 *
 * @param error why there was no answer, or the platform's error; {@code null} for a plain HTTP answer
 */
record Attempt(int status, String error, Verdict verdict) {

    static final int NO_ANSWER = 0;

    static Attempt answered(int status) {
        return new Attempt(status, null, RetryPolicy.verdict(status));
    }

    static Attempt noAnswer(String error) {
        return new Attempt(NO_ANSWER, error, Verdict.RETRY);
    }

    /** An HTTP answer whose body carried the platform's own outcome. */
    static Attempt platform(int status, Verdict verdict, String error) {
        return new Attempt(status, error, verdict);
    }

    /** How the last attempt went, for the row and the audit log. */
    String describe() {
        if (status == NO_ANSWER && verdict == Verdict.RETRY) {
            return "no answer (" + error + ")";
        }
        return error == null ? "HTTP " + status : error;
    }
}
