package io.shopdesk.web;

import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.shared.NotFoundException;
import io.shopdesk.shared.RequestRefusedException;
import java.net.URI;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns failures of REST controllers into problem details with a translated, human-readable detail. */
@RestControllerAdvice(basePackages = "io.shopdesk")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail ruleBroken(BusinessRuleException violation, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                statusOf(violation), messages.getMessage(violation.messageKey(), violation.arguments(), locale));
        problem.setType(URI.create("https://shopdesk.io/problems/" + violation.messageKey()));
        problem.setProperty("code", violation.messageKey());
        if (violation.field() != null) {
            problem.setProperty("field", violation.field());
        }
        return problem;
    }

    /** Refusals with their own status; too many requests also say when to try again. */
    @ExceptionHandler(RequestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(RequestRefusedException refusal, Locale locale) {
        var response = ResponseEntity.status(statusOf(refusal));
        if (!refusal.retryAfter().isZero()) {
            response.header(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, refusal.retryAfter().toSeconds())));
        }
        return response.body(ruleBroken(refusal, locale));
    }

    /**
     * A streaming client went away or its stream timed out: there is nobody to answer and nothing went wrong, so
     * neither a body nor an error log entry.
     */
    @ExceptionHandler({AsyncRequestNotUsableException.class, AsyncRequestTimeoutException.class})
    void streamEnded(Exception ended) {
        // Nothing to send.
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(RuntimeException denied, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "error.access-denied", locale);
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class
    })
    ProblemDetail unreadable(Exception malformed, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "error.request-malformed", locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(Exception unsupported, Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.request-media-type", locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(Exception unsupported, Locale locale) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "error.request-method", locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(Exception missing, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "error.request-path", locale);
    }

    /**
     * Anything else. A failure caused by the database being out of reach (stopped, restarting, all connections
     * gone) is a 503 with {@code Retry-After}: nothing was stored, and the same request succeeds once the database
     * is back, which the application notices by itself.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, Locale locale) {
        if (databaseOutOfReach(failure)) {
            log.warn("API request failed: the database is out of reach ({})", failure.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DATABASE_RETRY_AFTER_SECONDS))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "error.database-unavailable", locale));
        }
        return ResponseEntity.internalServerError().body(unexpectedProblem(failure, locale));
    }

    private static final long DATABASE_RETRY_AFTER_SECONDS = 5;

    static boolean databaseOutOfReach(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQL state class 08 is "connection exception"; the pool reports a connection that died under a
            // transaction as closed (its rollback then fails too, and nothing was committed)
            if (cause instanceof java.sql.SQLException sql
                    && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                            || "Connection is closed".equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private ProblemDetail unexpectedProblem(Exception failure, Locale locale) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API error {}", reference, failure);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("error.unexpected", new Object[] {reference}, locale));
        problem.setProperty("code", "error.unexpected");
        problem.setProperty("reference", reference);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setProperty("code", key);
        return problem;
    }

    static HttpStatus statusOf(BusinessRuleException violation) {
        String key = violation.messageKey();
        if (violation instanceof RequestRefusedException refusal) {
            return switch (refusal.reason()) {
                case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
                case FORBIDDEN -> HttpStatus.FORBIDDEN;
                case CONFLICT -> HttpStatus.CONFLICT;
                case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
                case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
                case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            };
        }
        if (violation instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (key.startsWith("error.quota.")) {
            return HttpStatus.FORBIDDEN;
        }
        if (key.endsWith("-taken") || key.endsWith("-exists") || key.endsWith("-duplicate")) {
            return HttpStatus.CONFLICT;
        }
        if (key.equals("error.tenant-not-member")) {
            return HttpStatus.FORBIDDEN;
        }
        if (key.endsWith("-unavailable")) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
