package io.shopdesk.connector.web;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/**
 * WeChat's message XML: a flat {@code <xml>} element whose children are the fields (CDATA or text). Parsing refuses
 * document types, so no entity of a hostile body is ever expanded. Replies are written with CDATA sections.
 */
final class WeChatXml {

    private static final int MAX_BODY = 64 * 1024;

    private WeChatXml() {}

    /** The fields of a message, or empty when the body is not WeChat XML. */
    static Optional<Map<String, String>> parse(byte[] body) {
        if (body == null || body.length == 0 || body.length > MAX_BODY) {
            return Optional.empty();
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body))
                    .getDocumentElement();
            if (!"xml".equals(root.getTagName())) {
                return Optional.empty();
            }
            var fields = new HashMap<String, String>();
            var children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element field) {
                    fields.put(field.getTagName(), field.getTextContent().strip());
                }
            }
            return Optional.of(fields);
        } catch (Exception notXml) {
            return Optional.empty();
        }
    }

    /** A passive text reply to the user who wrote to the account. */
    static String textReply(String toUser, String fromAccount, long createTime, String content) {
        return "<xml><ToUserName>" + cdata(toUser) + "</ToUserName><FromUserName>" + cdata(fromAccount)
                + "</FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType>" + cdata("text")
                + "</MsgType><Content>" + cdata(content) + "</Content></xml>";
    }

    /** The envelope of an encrypted reply (secure mode). */
    static String encryptedReply(String encrypted, String signature, String timestamp, String nonce) {
        return "<xml><Encrypt>" + cdata(encrypted) + "</Encrypt><MsgSignature>" + cdata(signature)
                + "</MsgSignature><TimeStamp>" + timestamp + "</TimeStamp><Nonce>" + cdata(nonce) + "</Nonce></xml>";
    }

    /** Text as CDATA; a {@code ]]>} inside is split across two sections. */
    static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
