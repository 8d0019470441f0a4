package io.shopdesk.orders.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the order lookup from being turned against our own network (SSRF): only {@code http} and {@code https}
 * URLs with a host and no user info; never link-local (cloud metadata at 169.254.169.254), multicast or wildcard
 * addresses; loopback, private (RFC 1918, IPv6 unique local) and shared (100.64/10) addresses only with {@code
 * shopdesk.orders.allow-private-addresses=true} (the embedded default and tests, where the demo order service runs
 * on this host). Every address a host name resolves to must pass.
 */
@Component
public class EndpointGuard {

    private final boolean allowPrivate;

    public EndpointGuard(@Value("${shopdesk.orders.allow-private-addresses:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why a request to this URI is refused (for the tenant's admin), or empty when it may be sent. */
    public Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are allowed");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("user names and passwords in the URL are not allowed; use the auth header");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("the host " + uri.getHost() + " is unknown");
        }
        for (var address : addresses) {
            if (refused(address)) {
                return Optional.of("the address " + address.getHostAddress() + " is not public");
            }
        }
        return Optional.empty();
    }

    boolean refused(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        if (allowPrivate) {
            return false;
        }
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || uniqueLocal(address) || shared(address);
    }

    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static boolean shared(InetAddress address) {
        if (!(address instanceof Inet4Address)) {
            return false;
        }
        byte[] bytes = address.getAddress();
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }
}
