package cn.jixiao.project.indicators;

import org.junit.jupiter.api.BeforeEach;

import cn.jixiao.project.ApiSpecification;

/** What the indicator API tests add to the shared fixture: a client for the indicator endpoints. */
abstract class IndicatorApiSpecification extends ApiSpecification {

    IndicatorClient api;

    @BeforeEach
    void client() {
        api = new IndicatorClient(web);
    }
}
