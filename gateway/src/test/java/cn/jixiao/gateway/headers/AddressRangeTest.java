package cn.jixiao.gateway.headers;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressRangeTest {

    @Test
    void aRangeContainsTheAddressesUnderItsPrefixOnly() throws Exception {
        AddressRange cluster = AddressRange.parse("10.42.0.0/16");

        assertThat(cluster.contains(InetAddress.getByName("10.42.7.1"))).isTrue();
        assertThat(cluster.contains(InetAddress.getByName("10.43.0.1"))).isFalse();
        assertThat(AddressRange.parse("192.168.1.128/25").contains(InetAddress.getByName("192.168.1.127"))).isFalse();
        assertThat(AddressRange.parse("192.168.1.128/25").contains(InetAddress.getByName("192.168.1.200"))).isTrue();
    }

    @Test
    void aSingleAddressIsARangeOfOne() throws Exception {
        assertThat(AddressRange.parse("127.0.0.1").contains(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(AddressRange.parse("127.0.0.1").contains(InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(AddressRange.parse("::1").contains(InetAddress.getByName("::1"))).isTrue();
        assertThat(AddressRange.parse("::1").contains(InetAddress.getByName("127.0.0.1"))).as("IPv4 is not IPv6").isFalse();
    }

    @Test
    void hostNamesAndNonsenseAreRefusedAtStartup() {
        assertThatThrownBy(() -> AddressRange.parse("proxy.internal")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
