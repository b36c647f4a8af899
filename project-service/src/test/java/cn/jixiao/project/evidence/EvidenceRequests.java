package cn.jixiao.project.evidence;

import java.time.Duration;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.testing.Tokens;

/** What the evidence tests do over HTTP, and the one look they take behind the API: into GridFS. */
final class EvidenceRequests {

    static final WebTestClientConfigurer JINCHEN = Tokens.streetEditor("panlong", "jinchen");

    private final WebTestClient web;
    private final ReactiveMongoTemplate mongo;

    EvidenceRequests(WebTestClient web, ReactiveMongoTemplate mongo) {
        // uploads pass through a temporary file and GridFS; on a busy build machine that can exceed the default 5 s
        this.web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        this.mongo = mongo;
    }

    /** A Jinchen project of its own for each test. */
    String registerProject(String code) {
        return web.mutateWith(JINCHEN).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new RegisterProject(code, "创建全省民族团结进步示范街道专项资金", 2023,
                        "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    /** Uploads as the browser would, claiming a content type the service must not believe. */
    WebTestClient.ResponseSpec attach(WebTestClientConfigurer user, String projectId, String type, String title,
                                      String fileName, byte[] bytes, MediaType claimed) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(bytes)).filename(fileName).contentType(claimed);
        form.part("type", type);
        form.part("title", title);
        return web.mutateWith(user).post().uri("/api/projects/{projectId}/evidence", projectId)
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(form.build()).exchange();
    }

    EvidenceView attached(String projectId, String type, String title, String fileName, byte[] bytes) {
        return attach(JINCHEN, projectId, type, title, fileName, bytes, MediaType.APPLICATION_OCTET_STREAM)
                .expectStatus().isCreated().expectBody(EvidenceView.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec withdraw(WebTestClientConfigurer user, String projectId, String evidenceId, String reason) {
        return web.mutateWith(user).patch().uri("/api/projects/{projectId}/evidence/{evidenceId}", projectId, evidenceId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new WithdrawEvidence(reason)).exchange();
    }

    WebTestClient.ResponseSpec list(WebTestClientConfigurer user, String projectId) {
        return web.mutateWith(user).get().uri("/api/projects/{projectId}/evidence", projectId).exchange();
    }

    WebTestClient.ResponseSpec download(WebTestClientConfigurer user, String projectId, String evidenceId) {
        return web.mutateWith(user).get().uri("/api/projects/{projectId}/evidence/{evidenceId}/content", projectId, evidenceId)
                .exchange();
    }

    /** How many files GridFS holds for the project, listed or not. */
    long storedFiles(String projectId) {
        return mongo.count(Query.query(Criteria.where("metadata.projectId").is(projectId)), EvidenceFiles.BUCKET + ".files")
                .block();
    }
}
