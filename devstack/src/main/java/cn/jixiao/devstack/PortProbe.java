package cn.jixiao.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Ready as soon as something accepts TCP connections on a local port. */
public record PortProbe(int port) implements ReadinessProbe {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    @Override
    public boolean isReady() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
