package cn.jixiao.problems;

import io.micrometer.tracing.Tracer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Problem+json for every reactive Jixiao application that has this module on its classpath. */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@Import(ProblemHandling.class)
public class ProblemsAutoConfiguration {

    @Bean
    TraceIds traceIds(Tracer tracer) {
        return new TraceIds(tracer);
    }

    @Bean
    ValidationMessages validationMessages() {
        return new ValidationMessages();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter(JsonMapper json, TraceIds traceIds) {
        return new ProblemWriter(json, traceIds);
    }

    @Bean
    StoreUnavailable storeUnavailable(ProblemWriter writer) {
        return new StoreUnavailable(writer);
    }
}
