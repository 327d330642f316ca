package dev.policygraph.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;

/**
 * Whether the HTTP server is reachable from other machines: it is unless {@code server.address} names a loopback
 * address (127.0.0.1, ::1, localhost). Reads stay open, and an account may be generated, on a loopback address
 * only.
 */
record Exposure(@Nullable String address, boolean loopback) {

    static Exposure of(@Nullable String serverAddress) {
        if (serverAddress == null || serverAddress.isBlank()) {
            return new Exposure(null, false);
        }
        try {
            return new Exposure(serverAddress, InetAddress.getByName(serverAddress.strip()).isLoopbackAddress());
        } catch (UnknownHostException e) {
            return new Exposure(serverAddress, false);
        }
    }

    String describe() {
        return address == null ? "every interface (server.address is not set)" : address;
    }
}
