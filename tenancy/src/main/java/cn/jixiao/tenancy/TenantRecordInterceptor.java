package cn.jixiao.tenancy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

import org.springframework.kafka.listener.RecordInterceptor;

/** Puts the tenant of the consumed record into the logging MDC while its listener runs. */
public class TenantRecordInterceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        Header tenant = record.headers().lastHeader(TenantHeaders.TENANT);
        MDC.put(TenantLogContext.KEY, tenant == null ? "-" : new String(tenant.value(), StandardCharsets.UTF_8));
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(TenantLogContext.KEY);
    }
}
