package cn.jixiao.project.targets;

import org.junit.jupiter.api.BeforeEach;

import cn.jixiao.project.ApiSpecification;

/** What the targets' API tests add to the shared fixture: a client for the targets' endpoints. */
abstract class TargetsApiSpecification extends ApiSpecification {

    TargetsClient api;

    @BeforeEach
    void client() {
        api = new TargetsClient(web);
    }
}
