package cn.jixiao.gateway.headers;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One address or a CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}) of proxies. Parsed from configuration
 * only, as literals: a host name would make every request depend on DNS.
 */
record AddressRange(byte[] network, int prefixBits) {

    static AddressRange parse(String text) {
        String[] parts = text.trim().split("/", 2);
        if (!parts[0].matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("A trusted proxy must be an IP address or CIDR range, not " + text);
        }
        try {
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("Bad prefix length in " + text);
            }
            return new AddressRange(network, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("A trusted proxy must be an IP address or CIDR range, not " + text, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefixBits / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixBits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }
}
