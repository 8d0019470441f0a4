package io.shopdesk.security.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes Keycloak changes part of the database transaction they were made in: each change registers how to undo
 * it, and when the transaction does not commit the undos run, newest first. (Keycloak has no transactions of its
 * own; a Keycloak that fails during the undo leaves the logged leftovers to be removed by hand.)
 */
final class KeycloakUndo {

    private static final Logger log = LoggerFactory.getLogger(KeycloakUndo.class);

    private record Step(String what, Runnable undo) {}

    void requireTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Keycloak changes must run inside a transaction, so they can be undone");
        }
    }

    void onRollback(String what, Runnable undo) {
        requireTransaction();
        @SuppressWarnings("unchecked")
        var steps = (Deque<Step>) TransactionSynchronizationManager.getResource(this);
        if (steps == null) {
            var fresh = new ArrayDeque<Step>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KeycloakUndo.this);
                    if (status != STATUS_COMMITTED) {
                        fresh.forEach(KeycloakUndo::run);
                    }
                }
            });
            steps = fresh;
        }
        steps.push(new Step(what, undo));
    }

    private static void run(Step step) {
        try {
            step.undo().run();
            log.info("Rolled back in Keycloak: {}", step.what());
        } catch (RuntimeException failure) {
            log.error("Could not roll back in Keycloak, remove by hand: {}", step.what(), failure);
        }
    }
}
