package io.shopdesk.connector.web;

/** Where the platforms call: one path per adapter, ending in the channel's endpoint id. */
final class ConnectorPaths {

    static final String BASE = "/api/channels/v1";
    static final String WEBHOOK = BASE + "/webhook/{endpoint}";
    static final String WECHAT = BASE + "/wechat/{endpoint}";
    static final String TELEGRAM = BASE + "/telegram/{endpoint}";

    private ConnectorPaths() {}
}
