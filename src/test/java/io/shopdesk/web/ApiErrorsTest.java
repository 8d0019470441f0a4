package io.shopdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors(messages());

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("error.database-unavailable", Locale.ENGLISH, "Try again in a few seconds.");
        messages.addMessage("error.unexpected", Locale.ENGLISH, "Something went wrong ({0}).");
        return messages;
    }

    @Test
    void a_database_out_of_reach_is_a_503_that_says_when_to_retry() {
        var failures = new Exception[] {
            new CannotCreateTransactionException(
                    "Could not open JPA EntityManager", new SQLTransientConnectionException("timeout")),
            new CannotGetJdbcConnectionException("no connection"),
            new IllegalStateException("wrapped", new ConnectException("Connection refused")),
            new org.springframework.orm.jpa.JpaSystemException(new org.hibernate.TransactionException(
                    "Unable to rollback against JDBC Connection", new java.sql.SQLException("Connection is closed"))),
            new org.springframework.dao.RecoverableDataAccessException(
                    "lost", new java.sql.SQLException("Communications link failure", "08S01"))
        };
        for (var failure : failures) {
            var response = errors.unexpected(failure, Locale.ENGLISH);
            assertThat(response.getStatusCode().value()).as(failure.toString()).isEqualTo(503);
            assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(response.getBody().getDetail()).isEqualTo("Try again in a few seconds.");
            assertThat(response.getBody().getProperties()).containsEntry("code", "error.database-unavailable");
        }
    }

    @Test
    void other_failures_stay_500s_with_a_reference_and_no_retry_hint() {
        var response = errors.unexpected(new DataIntegrityViolationException("duplicate"), Locale.ENGLISH);
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getHeaders().containsHeader(HttpHeaders.RETRY_AFTER))
                .isFalse();
        assertThat(response.getBody().getProperties()).containsKey("reference");
    }
}
