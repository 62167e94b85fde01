package io.dateline.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A port on 127.0.0.1 that is free right now: the system picks it for a socket that is closed at once. Another process
 * may take it before the broker binds it, so {@link EmbeddedKafka} retries on a bind failure.
 */
final class FreePorts {

    private FreePorts() {
    }

    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on the loopback interface", e);
        }
    }
}
