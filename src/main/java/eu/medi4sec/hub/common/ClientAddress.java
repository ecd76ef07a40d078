package eu.medi4sec.hub.common;

import io.netty.util.NetUtil;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address a request came from, for the sign-in and registration throttles. Behind a proxy named in
 * {@code workshop-hub.http.trusted-proxies}, it is the right-most address in X-Forwarded-For that is not
 * itself a trusted proxy (the left-most one is whatever the client wrote). A header that is not a list of
 * IP addresses is refused with 400 here, at the edge.
 *
 * <p>We read the header ourselves rather than through quarkus.http.proxy.*: behind a configured trusted
 * proxy, Quarkus 3.33's parser throws on an empty element (X-Forwarded-For: ",1.2.3.4") before any of
 * our code runs and the request never gets an answer; without one it answers 400 with an empty body.
 */
public final class ClientAddress {

    static final String KEY = ClientAddress.class.getName();
    static final String HEADER = "X-Forwarded-For";

    private final List<byte[][]> trusted;

    /** Each entry an IP address or a CIDR block (10.0.0.0/8, ::1/128). */
    ClientAddress(List<String> trustedProxies) {
        this.trusted = new ArrayList<>();
        for (String entry : trustedProxies) {
            String[] parts = entry.trim().split("/", 2);
            byte[] address = NetUtil.createByteArrayFromIpAddressString(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("Not an IP address in workshop-hub.http.trusted-proxies: " + entry);
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            trusted.add(new byte[][] {address, {(byte) bits}});
        }
    }

    /** The address stored by the edge, or the peer's. */
    public static String of(RoutingContext ctx) {
        String resolved = ctx.get(KEY);
        if (resolved != null) {
            return resolved;
        }
        return ctx.request().remoteAddress() == null
                ? "unknown"
                : ctx.request().remoteAddress().hostAddress();
    }

    /** Resolves and stores the address; false when the request was answered with 400. */
    boolean resolve(RoutingContext ctx) {
        String peer = ctx.request().remoteAddress() == null
                ? null
                : ctx.request().remoteAddress().hostAddress();
        String client = peer == null ? "unknown" : peer;
        List<String> forwarded = ctx.request().headers().getAll(HEADER);
        if (peer != null && !forwarded.isEmpty() && isTrusted(NetUtil.createByteArrayFromIpAddressString(peer))) {
            List<String> hops = new ArrayList<>();
            for (String header : forwarded) {
                for (String hop : header.split(",", -1)) {
                    Optional<String> address = address(hop.trim());
                    if (address.isEmpty()) {
                        return false;
                    }
                    hops.add(address.get());
                }
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                client = hops.get(i);
                if (!isTrusted(NetUtil.createByteArrayFromIpAddressString(client))) {
                    break;
                }
            }
        }
        ctx.put(KEY, client);
        return true;
    }

    /** 1.2.3.4, 1.2.3.4:5678, 2001:db8::1 or [2001:db8::1]:5678, as a plain address; never a DNS lookup. */
    static Optional<String> address(String hop) {
        String host = hop;
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            if (end < 0
                    || !(end == hop.length() - 1 || hop.startsWith(":", end + 1) && isPort(hop.substring(end + 2)))) {
                return Optional.empty();
            }
            host = hop.substring(1, end);
        } else if (hop.indexOf(':') > 0 && hop.indexOf(':') == hop.lastIndexOf(':')) {
            int colon = hop.indexOf(':');
            if (!isPort(hop.substring(colon + 1))) {
                return Optional.empty();
            }
            host = hop.substring(0, colon);
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(host);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isPort(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(text) <= 65535;
    }

    private boolean isTrusted(byte[] address) {
        if (address == null) {
            return false;
        }
        for (byte[][] block : trusted) {
            if (block[0].length == address.length && matches(block[0], address, block[1][0] & 0xff)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] network, byte[] address, int bits) {
        for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((network[i] & mask) != (address[i] & mask)) {
                return false;
            }
        }
        return true;
    }
}
