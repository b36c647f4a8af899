package cn.jixiao.project;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.jixiao.testing.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class OpenApiDocsTest {

    @Autowired
    WebTestClient web;

    @Test
    void theApiIsDescribedWithoutLoggingInAndInChinese() {
        String docs = web.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(docs).contains("\"/api/projects\"", "\"/api/projects/{id}\"", "登记项目", "项目名称");
    }
}
