package cn.jixiao.project.evidence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import cn.jixiao.testing.ServiceTest;

/**
 * The whole service with a small evidence size limit, and the register store spied on so a test can make a
 * register write fail. The evidence test classes share this one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceTest
@TestPropertySource(properties = "jixiao.evidence.max-size=" + EvidenceServiceTest.LIMIT)
@MockitoSpyBean(types = EvidenceRegisters.class)
@interface EvidenceServiceTest {

    /** Below the 256 KB a multipart part may hold in memory, so both limits can be tested. */
    int LIMIT = 200 * 1024;
}
