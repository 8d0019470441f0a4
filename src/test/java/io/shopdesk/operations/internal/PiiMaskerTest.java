package io.shopdesk.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PiiMaskerTest {

    static Stream<Arguments> personalData() {
        return Stream.of(
                // Chinese mobile numbers
                Arguments.of("我的手机是13812345678", "我的手机是[PHONE]"),
                Arguments.of("电话：138 1234 5678，谢谢", "电话：[PHONE]，谢谢"),
                Arguments.of("call 138-1234-5678 please", "call [PHONE] please"),
                Arguments.of("联系+86 13912345678", "联系[PHONE]"),
                Arguments.of("联系+8615012345678。", "联系[PHONE]。"),
                Arguments.of("0086-18612345678", "[PHONE]"),
                // Chinese landlines
                Arguments.of("座机010-12345678", "座机[PHONE]"),
                Arguments.of("打0755-1234567找我", "打[PHONE]找我"),
                Arguments.of("office (021) 87654321 ext", "office [PHONE] ext"),
                Arguments.of("总机 020-88889999-123", "总机 [PHONE]"),
                // international and North American
                Arguments.of("Ring me on +44 20 7946 0958.", "Ring me on [PHONE]."),
                Arguments.of("my number is +14155552671", "my number is [PHONE]"),
                Arguments.of("Call (415) 555-2671 after 5", "Call [PHONE] after 5"),
                Arguments.of("Call 415-555-2671", "Call [PHONE]"),
                Arguments.of("or 415.555.2671!", "or [PHONE]!"),
                Arguments.of("dial 1-800-555-0199 now", "dial [PHONE] now"),
                // e-mail addresses
                Arguments.of("write to jane.doe+shop@example.co.uk", "write to [EMAIL]"),
                Arguments.of("邮箱是zhang_san@163.com，请回复", "邮箱是[EMAIL]，请回复"),
                Arguments.of("Mail: A.B-C@mail.example.org.", "Mail: [EMAIL]."),
                // resident ID numbers (checksum verified) and passports
                Arguments.of("身份证号11010519491231002X", "身份证号[ID]"),
                Arguments.of("ID 440305199003071236 thanks", "ID [ID] thanks"),
                Arguments.of("身份证：310115198512124568", "身份证：[ID]"),
                Arguments.of("my passport number is E12345678", "my passport number is [ID]"),
                Arguments.of("护照号码：EA1234567", "护照号码：[ID]"),
                Arguments.of("Passport: 533380006", "Passport: [ID]"),
                // bank card numbers (Luhn verified)
                Arguments.of("card 4111 1111 1111 1111", "card [CARD]"),
                Arguments.of("卡号622202100112345678", "卡号[CARD]"),
                Arguments.of("银行卡 6212-2611-0200-0000-003 尽快退款", "银行卡 [CARD] 尽快退款"),
                Arguments.of("Amex 378282246310005.", "Amex [CARD]."),
                Arguments.of("mastercard 5425233430109903", "mastercard [CARD]"),
                // Chinese addresses
                Arguments.of("我的地址是北京市朝阳区建国路88号", "我的地址是[ADDRESS]"),
                Arguments.of("送到上海市浦东新区世纪大道100号，谢谢", "送到[ADDRESS]，谢谢"),
                Arguments.of("寄到广东省深圳市南山区科技园路1号3栋502室", "寄到[ADDRESS]"),
                Arguments.of("收货地址：杭州市西湖区文三路 90 号 2单元", "收货地址：[ADDRESS]"),
                Arguments.of("住在阳光花园5栋1单元301室", "住在[ADDRESS]"),
                // English addresses
                Arguments.of("Ship it to 123 Main Street, Springfield, IL 62704 please", "Ship it to [ADDRESS] please"),
                Arguments.of("I live at 742 Evergreen Terrace.", "I live at [ADDRESS]."),
                Arguments.of("deliver to 10 downing st, thanks", "deliver to [ADDRESS], thanks"),
                Arguments.of("Address: 1600 Pennsylvania Ave, Washington", "Address: [ADDRESS]"),
                Arguments.of("at 55 Baker Street Apt 2, London", "at [ADDRESS]"),
                // several in one message
                Arguments.of("张三，13812345678，zhangsan@qq.com，北京市海淀区中关村大街27号", "张三，[PHONE]，[EMAIL]，[ADDRESS]"),
                Arguments.of("Reach me at bob@example.com or +1 415 555 2671.", "Reach me at [EMAIL] or [PHONE]."));
    }

    @ParameterizedTest
    @MethodSource("personalData")
    void personal_data_is_replaced_by_its_kind(String text, String masked) {
        assertThat(PiiMasker.mask(text)).isEqualTo(masked);
    }

    static Stream<String> noPersonalData() {
        return Stream.of(
                "订单号20261202123456789还没发货",
                "Order 4026120212345670 has not arrived",
                "my order number is 13812345678",
                "tracking no. 6200011122233341",
                "快递单号 SF1234567890123",
                "运单 75312345678901",
                "It costs ¥1,299.00 or $199.99",
                "总共 13999 元，优惠 200 元",
                "价格是199.00元，运费12元",
                "Delivered on 2026-12-02 at 10:30",
                "12月3号发货，3号楼前自提",
                "I bought 3 red shirts and 2 blue ones",
                "身份证号110105194912310021不对",
                "card 4111 1111 1111 1112 is wrong",
                "Version 1.2.3 of the app, SKU AB-1234-5678",
                "What is your return policy?",
                "退货政策是什么？",
                "size 38 to 42, 100% cotton",
                "invoice 202612020000012 attached",
                "请问上海有门店吗");
    }

    @ParameterizedTest
    @MethodSource("noPersonalData")
    void order_numbers_prices_and_plain_questions_stay_as_written(String text) {
        assertThat(PiiMasker.mask(text)).isEqualTo(text);
    }

    @Test
    void nothing_stays_nothing() {
        assertThat(PiiMasker.mask(null)).isNull();
        assertThat(PiiMasker.mask("")).isEmpty();
    }

    @Test
    void resident_id_checksum_follows_gb_11643() {
        assertThat(PiiMasker.validResidentId("11010519491231002X")).isTrue();
        assertThat(PiiMasker.validResidentId("11010519491231002x")).isTrue();
        assertThat(PiiMasker.validResidentId("110105194912310021")).isFalse();
    }

    @Test
    void luhn_accepts_test_card_numbers_and_refuses_one_digit_off() {
        assertThat(PiiMasker.luhn("4111111111111111")).isTrue();
        assertThat(PiiMasker.luhn("4111111111111112")).isFalse();
    }
}
