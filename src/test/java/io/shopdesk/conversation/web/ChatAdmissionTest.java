package io.shopdesk.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.shared.RequestRefusedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ChatAdmissionTest {

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void a_request_beyond_the_limit_is_refused_as_busy_with_retry_after() throws Exception {
        var admission = new ChatAdmission(2, Duration.ofMillis(50));
        assertThat(admission.preHandle(message(), response, null)).isTrue();
        assertThat(admission.preHandle(message(), response, null)).isTrue();

        assertThatThrownBy(() -> admission.preHandle(message(), response, null))
                .isInstanceOfSatisfying(RequestRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(RequestRefusedException.Reason.UNAVAILABLE);
                    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                    assertThat(refused.messageKey()).isEqualTo("chat.error.busy");
                });
    }

    @Test
    void a_finished_request_frees_its_place_once_even_when_completed_twice() throws Exception {
        var admission = new ChatAdmission(1, Duration.ofMillis(50));
        var first = message();
        admission.preHandle(first, response, null);
        admission.afterCompletion(first, response, null, null);
        admission.afterCompletion(first, response, null, null);

        assertThat(admission.preHandle(message(), response, null)).isTrue();
        assertThatThrownBy(() -> admission.preHandle(message(), response, null))
                .isInstanceOf(RequestRefusedException.class);
    }

    @Test
    void a_waiting_request_starts_when_a_place_frees_within_the_wait() throws Exception {
        var admission = new ChatAdmission(1, Duration.ofSeconds(10));
        var first = message();
        admission.preHandle(first, response, null);
        var waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return admission.preHandle(message(), response, null);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(waiting).isNotDone();

        admission.afterCompletion(first, response, null, null);

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void live_streams_are_not_counted() throws Exception {
        var admission = new ChatAdmission(1, Duration.ofMillis(50));
        admission.preHandle(message(), response, null);

        var stream = new MockHttpServletRequest("GET", "/api/chat/v1/conversations/c1/stream");
        assertThat(admission.preHandle(stream, response, null)).isTrue();
        assertThat(admission.preHandle(stream, response, null)).isTrue();
    }

    @Test
    void a_limit_below_one_is_a_configuration_error() {
        assertThatThrownBy(() -> new ChatAdmission(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shopdesk.chat.max-concurrent");
    }

    private static MockHttpServletRequest message() {
        return new MockHttpServletRequest("POST", "/api/chat/v1/conversations/c1/messages");
    }
}
