package io.shopdesk.operations.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in free text (Chinese and English) with a marker naming its kind: e-mail addresses,
 * Chinese resident ID numbers (checksum verified) and passport numbers after a "passport"/"护照" label, bank card
 * numbers (Luhn verified, 13-19 digits, spaces or dashes allowed), phone numbers (Chinese mobiles and landlines,
 * E.164, North American formats) and street addresses (Chinese 省/市/区/路/号 and English "123 Main Street").
 * Digits right after an order, tracking or invoice label are left alone, so are prices and dates. Pure and
 * thread-safe.
 */
public final class PiiMasker {

    public static final String EMAIL = "[EMAIL]";
    public static final String ID = "[ID]";
    public static final String CARD = "[CARD]";
    public static final String PHONE = "[PHONE]";
    public static final String ADDRESS = "[ADDRESS]";

    /** Han characters that may be part of a place name: not the little words around one ("寄到", "地址是"). */
    private static final String HAN = "[\\p{IsHan}&&[^的是在到我你他她请址送寄收发货住和或及与为了吗呢吧啊给往从]]";

    private static final Pattern EMAIL_PATTERN =
            Pattern.compile("(?<![\\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern RESIDENT_ID = Pattern.compile(
            "(?<![\\w])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![\\w])");
    private static final Pattern PASSPORT = Pattern.compile(
            "(?i)((?:passport(?:\\s+(?:no\\.?|number|#))?|护照(?:号码|号)?)\\s*(?:is\\s+)?[:：#]?\\s*)([A-Z]{0,2}\\d{6,9})(?![\\w])");
    private static final Pattern CARD_PATTERN = Pattern.compile("(?<![\\w-])(?:\\d[ -]?){12,18}\\d(?![\\w-])");
    private static final Pattern CN_MOBILE =
            Pattern.compile("(?<![\\w+])(?:(?:\\+|00)86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}(?![\\w])");
    private static final Pattern CN_LANDLINE = Pattern.compile(
            "(?<![\\w+])(?:(?:\\+|00)86[ -]?)?(?:\\(0?\\d{2,3}\\)\\s?|0\\d{2,3}[- ])\\d{7,8}(?:-\\d{1,4})?(?![\\w])");
    private static final Pattern E164 = Pattern.compile("(?<![\\w+])\\+[1-9][\\d ().-]{6,20}\\d(?![\\w])");
    private static final Pattern NORTH_AMERICA =
            Pattern.compile("(?<![\\w+])(?:1[ .-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\w])");
    private static final Pattern CN_ADDRESS = Pattern.compile("(?:" + HAN + "{2,8}?(?:省|自治区|特别行政区))?"
            + "(?:" + HAN + "{1,8}?(?:市|州|盟))?"
            + "(?:" + HAN + "{1,8}?(?:区|县|旗))?"
            + "(?:" + HAN + "{1,8}?(?:镇|乡|街道))?"
            + "(?:(?:" + HAN + "|[A-Za-z0-9]){0,12}?(?:路|街|大道|巷|弄|胡同)\\s*\\d+(?:-\\d+)?\\s*号"
            + "|" + HAN + "{1,12}?(?:小区|花园|公寓|大厦|苑|村)\\s*\\d+\\s*(?:栋|幢|号楼|座))"
            + "(?:\\s*(?:" + HAN + "|[A-Za-z0-9-]){0,10}?(?:栋|幢|号楼|楼|单元|室|层|座))*");
    private static final Pattern EN_ADDRESS =
            Pattern.compile("(?i)(?<![\\w])\\d{1,6}[A-Z]?\\s+(?:[A-Z][A-Z'-]*\\.?\\s+){1,4}"
                    + "(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Terrace|Parkway|Highway|Square)\\b"
                    + "|(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Pkwy|Hwy|Sq)\\b\\.?)"
                    + "(?:,?\\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\\.?\\s*#?\\w+)?"
                    + "(?-i:(?:,\\s*[A-Z][a-z]+(?:\\s[A-Z][a-z]+)*)?(?:,\\s*[A-Z]{2})?(?:\\s+\\d{5}(?:-\\d{4})?)?)");

    /** Labels after which a number is an order, parcel or invoice number, not personal data. */
    private static final List<String> NUMBER_LABELS = List.of(
            "order", "tracking", "invoice", "sku", "item", "ref", "订单", "单号", "运单", "快递", "物流", "发票", "货号", "编号");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private PiiMasker() {}

    /** The text with every piece of personal data found replaced by its marker; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(text, EMAIL_PATTERN, EMAIL, any -> true);
        masked = PASSPORT.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + ID));
        masked = replace(masked, RESIDENT_ID, ID, PiiMasker::validResidentId);
        masked = replace(masked, CARD_PATTERN, CARD, PiiMasker::plausibleCard);
        masked = replace(masked, CN_MOBILE, PHONE, any -> true);
        masked = replace(masked, CN_LANDLINE, PHONE, any -> true);
        masked = replace(masked, E164, PHONE, match -> digitCount(match) >= 8 && digitCount(match) <= 15);
        masked = replace(masked, NORTH_AMERICA, PHONE, any -> true);
        masked = replace(masked, CN_ADDRESS, ADDRESS, any -> true);
        return replace(masked, EN_ADDRESS, ADDRESS, any -> true);
    }

    private static String replace(String text, Pattern pattern, String marker, Predicate<String> accepts) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            boolean labelled = marker != EMAIL && marker != ADDRESS && afterNumberLabel(text, matcher.start());
            if (labelled || !accepts.test(matcher.group())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start()).append(marker);
            copied = matcher.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether the number starting here follows an order/tracking/invoice label in the same clause. */
    private static boolean afterNumberLabel(String text, int start) {
        // "No." abbreviates "number" and ends no clause
        String before = text.substring(Math.max(0, start - 20), start).replaceAll("(?i)\\bno\\.", "no ");
        int clause = Math.max(
                Math.max(before.lastIndexOf(','), before.lastIndexOf('，')),
                Math.max(
                        Math.max(before.lastIndexOf('.'), before.lastIndexOf('。')),
                        Math.max(before.lastIndexOf(';'), before.lastIndexOf('\n'))));
        String clauseText = before.substring(clause + 1).toLowerCase(Locale.ROOT);
        return NUMBER_LABELS.stream().anyMatch(clauseText::contains);
    }

    private static int digitCount(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }

    /** GB 11643: the 18th character is a weighted checksum of the first 17 digits. */
    static boolean validResidentId(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    private static boolean plausibleCard(String match) {
        String digits = match.replaceAll("[ -]", "");
        return digits.length() >= 13
                && digits.length() <= 19
                && digits.charAt(0) >= '2'
                && digits.charAt(0) <= '6'
                && luhn(digits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
