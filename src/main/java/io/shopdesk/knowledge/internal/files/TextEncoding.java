package io.shopdesk.knowledge.internal.files;

import io.shopdesk.shared.BusinessRuleException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an uploaded text file: UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, or GBK
 * (read as GB18030, its superset), which Chinese Excel writes by default. Anything that is none of these is
 * refused with a message asking for UTF-8 rather than imported as mojibake.
 */
public final class TextEncoding {

    public static final String UTF_8 = "UTF-8";
    public static final String GBK = "GBK";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncoding() {}

    /** Decoded text and the name of the encoding it was found in. */
    public record Decoded(String text, String encoding) {}

    public static Decoded decode(String fileName, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3, fileName), UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(StandardCharsets.UTF_16LE, bytes, 2, fileName), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(StandardCharsets.UTF_16BE, bytes, 2, fileName), "UTF-16BE");
        }
        try {
            return new Decoded(decodeStrictly(StandardCharsets.UTF_8, bytes, 0), UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = decodeStrictly(GB18030, bytes, 0);
                if (looksChinese(text)) {
                    return new Decoded(text, GBK);
                }
            } catch (CharacterCodingException notGbk) {
                // fall through to the error below
            }
            throw new BusinessRuleException("error.import.encoding", fileName);
        }
    }

    /** Most characters outside ASCII are Chinese characters or CJK punctuation, as in real GBK text. */
    static boolean looksChinese(String text) {
        long nonAscii = 0;
        long cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if ((c >= 0x4E00 && c <= 0x9FFF)
                    || (c >= 0x3000 && c <= 0x303F)
                    || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2000 && c <= 0x206F)) {
                cjk++;
            }
        }
        return nonAscii > 0 && cjk * 10 >= nonAscii * 9;
    }

    private static String strict(Charset charset, byte[] bytes, int offset, String fileName) {
        try {
            return decodeStrictly(charset, bytes, offset);
        } catch (CharacterCodingException e) {
            throw new BusinessRuleException("error.import.encoding", fileName);
        }
    }

    private static String decodeStrictly(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
