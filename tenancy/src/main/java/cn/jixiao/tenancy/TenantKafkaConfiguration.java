package cn.jixiao.tenancy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.RecordInterceptor;

/** Boot hands a single {@link RecordInterceptor} bean to its default listener container factory. */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(RecordInterceptor.class)
public class TenantKafkaConfiguration {

    @Bean
    TenantRecordInterceptor tenantRecordInterceptor() {
        return new TenantRecordInterceptor();
    }
}
