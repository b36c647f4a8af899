package cn.jixiao.project.ledger;

import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.jixiao.project.project.ProjectView;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.testing.Tokens;

/** The calls a finance officer's browser makes, for the ledger tests. */
final class LedgerApi {

    private final WebTestClient web;

    LedgerApi(WebTestClient web) {
        // the build machine is shared: a slow answer is not a wrong one
        this.web = web.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    WebTestClient as(org.springframework.test.web.reactive.server.WebTestClientConfigurer user) {
        return web.mutateWith(user);
    }

    WebTestClient jinchen() {
        return web.mutateWith(Tokens.streetEditor("panlong", "jinchen"));
    }

    /** A Jinchen project of 2023, as the seed's. */
    String register(String code) {
        return jinchen().post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code, "创建全省民族团结进步示范街道专项资金", 2023,
                        "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated().expectBody(ProjectView.class).returnResult().getResponseBody().id();
    }

    WebTestClient.ResponseSpec upload(String projectId, String fileName, byte[] content, MediaType... accept) {
        return upload(jinchen(), projectId, fileName, content, accept);
    }

    static WebTestClient.ResponseSpec upload(WebTestClient as, String projectId, String fileName, byte[] content, MediaType... accept) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return as.post().uri("/api/projects/{id}/expenditures/import", projectId)
                .accept(accept.length == 0 ? new MediaType[]{MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON} : accept)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange();
    }

    WebTestClient.ResponseSpec record(String projectId, Map<String, Object> entry) {
        return jinchen().post().uri("/api/projects/{id}/expenditures", projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(entry).exchange();
    }

    static Map<String, Object> entry(String date, Object amount, String code, String voucher) {
        return Map.of("date", date, "amount", amount, "classificationCode", code, "payee", "昆明市盘龙区民族文化传播有限公司",
                "voucherNo", voucher, "summary", "民族团结进步示范宣传活动委托费");
    }
}
