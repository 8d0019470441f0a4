package io.shopdesk.connector.outbox;

import io.shopdesk.connector.outbox.RetryPolicy.Verdict;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What WeChat's {@code errcode}s mean for a delivery. 0 is delivered; -1 (system busy) and 45009 (API rate limit)
 * are tried again with the outbox's backoff; 40001, 40014 and 42001 say the access token is invalid or expired (the
 * sender fetches a new one and tries once more). Everything else is refused for good, among them 45015 (the
 * customer's 48-hour reply window has passed) and 40003 (invalid OpenID): sending the same message again cannot
 * help.
 */
final class WeChatErrors {

    static final Set<Integer> TOKEN_REJECTED = Set.of(40001, 40014, 42001);
    static final Set<Integer> TRY_AGAIN = Set.of(-1, 45009);

    private WeChatErrors() {}

    static Verdict verdict(int errcode) {
        if (errcode == 0) {
            return Verdict.DELIVERED;
        }
        return TRY_AGAIN.contains(errcode) || TOKEN_REJECTED.contains(errcode) ? Verdict.RETRY : Verdict.REFUSED;
    }

    /** The errcode with what it means (WeChat's own errmsg for codes without a known meaning, cut short). */
    static String describe(int errcode, JsonNode body) {
        String meaning = switch (errcode) {
            case -1 -> "WeChat system busy";
            case 45009 -> "API rate limit reached";
            case 45015 -> "the customer's 48-hour reply window has passed";
            case 40003 -> "invalid OpenID (not a follower of this Official Account)";
            case 40001, 40014, 42001 -> "access token invalid or expired";
            case 40013 -> "invalid AppID";
            case 40125 -> "invalid AppSecret";
            case 40164 -> "this server's IP address is not on the account's IP whitelist";
            default -> errmsg(body);
        };
        return "WeChat errcode " + errcode + ": " + meaning;
    }

    private static String errmsg(JsonNode body) {
        String errmsg = body.path("errmsg").asString("no errmsg");
        // errmsg may end in WeChat's request id ("rid: ..."), which says nothing to an admin
        int rid = errmsg.indexOf(" rid:");
        errmsg = rid > 0 ? errmsg.substring(0, rid) : errmsg;
        return errmsg.length() > 120 ? errmsg.substring(0, 119) + "…" : errmsg;
    }
}
