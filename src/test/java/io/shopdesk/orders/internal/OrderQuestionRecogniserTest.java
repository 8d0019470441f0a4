package io.shopdesk.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.orders.OrderLookupSettings;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OrderQuestionRecogniserTest {

    private static final Pattern DEFAULT = Pattern.compile(OrderLookupSettings.DEFAULT_ORDER_NUMBER_PATTERN);

    @Test
    void an_english_question_with_an_order_number_gives_the_number() {
        assertThat(OrderQuestionRecogniser.orderNumber("Where is my order BW-10042?", DEFAULT))
                .contains("BW-10042");
        assertThat(OrderQuestionRecogniser.orderNumber("tracking for 2026120300017 please", DEFAULT))
                .contains("2026120300017");
        assertThat(OrderQuestionRecogniser.orderNumber("Has YS20261001 SHIPPED yet", DEFAULT))
                .contains("YS20261001");
    }

    @Test
    void a_chinese_question_with_the_number_written_next_to_the_words_gives_the_number() {
        assertThat(OrderQuestionRecogniser.orderNumber("我的订单YS20261001到哪了", DEFAULT))
                .contains("YS20261001");
        assertThat(OrderQuestionRecogniser.orderNumber("快递单号 BW-10045 查一下物流", DEFAULT))
                .contains("BW-10045");
    }

    @Test
    void a_message_without_order_words_is_not_an_order_question_even_with_a_number() {
        assertThat(OrderQuestionRecogniser.mentionsOrders("Do you have size 42 in red?"))
                .isFalse();
        assertThat(OrderQuestionRecogniser.orderNumber("My phone is 13800138000", DEFAULT))
                .isEmpty();
        assertThat(OrderQuestionRecogniser.orderNumber("这件衣服有XL码吗 12345", DEFAULT))
                .isEmpty();
        assertThat(OrderQuestionRecogniser.mentionsOrders("reorders of recorders"))
                .isFalse();
    }

    @Test
    void an_order_question_without_a_number_has_none() {
        assertThat(OrderQuestionRecogniser.mentionsOrders("where is my order?")).isTrue();
        assertThat(OrderQuestionRecogniser.orderNumber("where is my order?", DEFAULT))
                .isEmpty();
        assertThat(OrderQuestionRecogniser.orderNumber("我的快递到哪了", DEFAULT)).isEmpty();
    }

    @Test
    void a_tenant_pattern_with_a_group_gives_the_group() {
        var pattern = Pattern.compile("#(\\d{6})");
        assertThat(OrderQuestionRecogniser.orderNumber("order #123456 not delivered", pattern))
                .contains("123456");
        assertThat(OrderQuestionRecogniser.orderNumber("order 123456 not delivered", pattern))
                .isEmpty();
    }

    @Test
    void very_long_messages_are_not_scanned() {
        assertThat(OrderQuestionRecogniser.mentionsOrders("order BW-10042 " + "x".repeat(600)))
                .isFalse();
    }
}
