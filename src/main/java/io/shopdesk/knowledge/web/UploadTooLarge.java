package io.shopdesk.knowledge.web;

import io.shopdesk.knowledge.FaqImport;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the multipart limit is refused before any controller runs; this answers it with a problem
 * detail (413) that says so, instead of a bare error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private final MessageSource messages;

    UploadTooLarge(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException tooLarge, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage(
                        "error.import.upload-too-large",
                        new Object[] {FaqImport.MAX_FILE_BYTES / (1024 * 1024)},
                        locale));
        problem.setProperty("code", "error.import.upload-too-large");
        return problem;
    }
}
