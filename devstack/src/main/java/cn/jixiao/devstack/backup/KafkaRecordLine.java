package cn.jixiao.devstack.backup;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * One record of a partition as a line of the backup: key, value and header values in Base64, so that every byte
 * comes back as it was (a record need not be text).
 *
 * @param offset    where it was in the old log, to translate consumer groups' offsets
 * @param timestamp its create time, kept when it is published again
 */
record KafkaRecordLine(long offset, long timestamp, String key, String value, List<Header> headers) {

    record Header(String key, String value) {
    }

    static KafkaRecordLine of(ConsumerRecord<byte[], byte[]> record) {
        var headers = new ArrayList<Header>();
        record.headers().forEach(header -> headers.add(new Header(header.key(), encode(header.value()))));
        return new KafkaRecordLine(record.offset(), record.timestamp(), encode(record.key()), encode(record.value()),
                headers);
    }

    ProducerRecord<byte[], byte[]> toProducerRecord(String topic, int partition) {
        var kafkaHeaders = new ArrayList<org.apache.kafka.common.header.Header>();
        if (headers != null) {
            headers.forEach(header -> kafkaHeaders.add(new RecordHeader(header.key(), decode(header.value()))));
        }
        return new ProducerRecord<>(topic, partition, timestamp, decode(key), decode(value), kafkaHeaders);
    }

    private static String encode(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String text) {
        return text == null ? null : Base64.getDecoder().decode(text);
    }
}
