package io.shopdesk.shared;

/** What was asked for does not exist, or belongs to another tenant (the two are indistinguishable on purpose). */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException(String what, Object id) {
        super("error.not-found", what, id);
    }
}
