package cn.jixiao.tenancy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Jixiao application turns Reactor Netty's keep-alive setting on as it starts, unless an operator chose. */
class KeepAliveReadsTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(KeepAliveReads.PROPERTY);
        System.clearProperty(KeepAliveReads.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(KeepAliveReads.PROPERTY);
        } else {
            System.setProperty(KeepAliveReads.PROPERTY, before);
        }
    }

    @Test
    void anApplicationStartingTurnsItOn() {
        starting();

        assertThat(System.getProperty(KeepAliveReads.PROPERTY)).isEqualTo("true");
    }

    @Test
    void anOperatorsOwnSettingWins() {
        System.setProperty(KeepAliveReads.PROPERTY, "false");

        starting();

        assertThat(System.getProperty(KeepAliveReads.PROPERTY)).isEqualTo("false");
    }

    private static void starting() {
        new KeepAliveReads().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());
    }
}
