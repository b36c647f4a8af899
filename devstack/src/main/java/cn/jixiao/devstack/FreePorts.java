package cn.jixiao.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Local TCP ports for tests and for the local stack's check that its fixed ports are not taken. */
public final class FreePorts {

    private FreePorts() {
    }

    /**
     * Ports handed out by this JVM. A port is only closed again when it is handed out, so two calls in a row may be
     * given the same one by the operating system; a broker given one port for both its listeners refuses to start
     * (it did, once, in CI).
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A port the operating system reports free now, and never one this JVM was given before; another process may
     * take it before it is used.
     */
    public static int next() {
        while (true) {
            int port = anyFree();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
    }

    private static int anyFree() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }

    public static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
