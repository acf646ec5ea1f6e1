package com.wuxiao.infra.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The test JVM's network as the company's: every connection through the JDK's HTTP clients and
 * plain sockets consults the default {@link ProxySelector}; this one lets loopback through and
 * sends anything else to a closed local port, so it fails, and remembers that it was tried.
 * Installed before the shared application context starts (see {@link IntegrationTestSupport}).
 */
final class OutboundConnections extends ProxySelector {

    private static final OutboundConnections INSTANCE = new OutboundConnections();
    /** Port 9 (discard) is closed here: an outbound attempt fails at once instead of timing out. */
    private static final InetSocketAddress CLOSED_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);

    private final List<URI> attempts = new CopyOnWriteArrayList<>();

    private OutboundConnections() {
    }

    static synchronized void install() {
        if (ProxySelector.getDefault() != INSTANCE) {
            ProxySelector.setDefault(INSTANCE);
        }
    }

    /** Every outbound address tried since the JVM started, oldest first. */
    static List<URI> attempts() {
        return List.copyOf(INSTANCE.attempts);
    }

    /** Forgets the attempts to one host: for a test that provokes one on purpose. */
    static void forget(String host) {
        INSTANCE.attempts.removeIf(uri -> host.equalsIgnoreCase(uri.getHost()));
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (isLoopback(uri.getHost())) {
            return List.of(Proxy.NO_PROXY);
        }
        attempts.add(uri);
        // Plain sockets ask with socket://host:port and ignore anything but a SOCKS proxy.
        boolean socket = "socket".equalsIgnoreCase(uri.getScheme());
        return List.of(new Proxy(socket ? Proxy.Type.SOCKS : Proxy.Type.HTTP, CLOSED_PORT));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // Expected: every outbound attempt is sent to a closed port.
    }

    private static boolean isLoopback(String host) {
        if (host == null || host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            // Only literal addresses are resolved without a lookup; a name is outbound until shown otherwise.
            return looksLikeAddress(host) && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean looksLikeAddress(String host) {
        return host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':' || c == '[' || c == ']');
    }
}
