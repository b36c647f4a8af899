package cn.jixiao.devstack;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void portsAskedForOneAfterAnotherAreNeverTheSame() {
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(given.add(FreePorts.next())).as("port %d of 200 was handed out before", i + 1).isTrue();
        }
    }

    @Test
    void aPortHandedOutIsFreeToBind() {
        assertThat(FreePorts.isFree(FreePorts.next())).isTrue();
    }
}
