package cn.jixiao.project.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoExceptionTranslator;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantCriteria;

/** The stored entries. Reads of what counts always name the committed batches (see {@link Ledger}). */
@Repository
class Expenditures {

    /** Entries go to the database in bulk writes of this many. */
    static final int CHUNK = 5000;
    /** Voucher numbers are looked up this many at a time. */
    private static final int LOOKUP = 1000;

    private static final MongoExceptionTranslator TRANSLATOR = new MongoExceptionTranslator();

    private final ReactiveMongoTemplate mongo;

    Expenditures(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts in bulk; a voucher number already held fails with Spring's {@code DuplicateKeyException}. */
    Mono<Void> insert(List<Expenditure> entries) {
        return mongo.getCollection(Expenditure.COLLECTION).flatMap(collection -> Flux.fromIterable(entries).buffer(CHUNK)
                        .concatMap(chunk -> Mono.from(collection.insertMany(chunk.stream().map(Expenditure::toDocument).toList())))
                        .then())
                .onErrorMap(RuntimeException.class, Expenditures::translated);
    }

    private static Throwable translated(RuntimeException failure) {
        DataAccessException translated = TRANSLATOR.translateExceptionIfPossible(failure);
        return translated == null ? failure : translated;
    }

    Mono<Void> deleteBatch(String projectId, String batchId) {
        return mongo.remove(Query.query(Criteria.where("projectId").is(projectId).and("batchId").is(batchId)),
                Expenditure.class).then();
    }

    /**
     * The committed entries carrying any of these voucher numbers: read by their keys (the project and the voucher),
     * so no other project's entry is ever read; for a ledger opened before entries had such keys, by a query of the
     * project's entries as before.
     */
    Flux<Expenditure> committedWithVouchers(Ledger ledger, Collection<String> voucherNos) {
        if (ledger.committedBatches().isEmpty()) {
            return Flux.empty();
        }
        if (ledger.entriesKeyedByVoucher()) {
            Set<String> committed = ledger.committedBatchIds();
            return Flux.fromIterable(voucherNos).map(voucherNo -> Expenditure.keyOf(ledger.projectId(), voucherNo))
                    .buffer(LOOKUP)
                    .concatMap(keys -> mongo.find(Query.query(Criteria.where("_id").in(keys)), Expenditure.class))
                    // a pending or abandoned batch's entry holds its voucher too, but does not count
                    .filter(entry -> entry.projectId().equals(ledger.projectId()) && committed.contains(entry.batchId()));
        }
        return Flux.fromIterable(voucherNos).buffer(LOOKUP).concatMap(chunk -> mongo.find(Query.query(
                Criteria.where("projectId").is(ledger.projectId()).and("voucherNo").in(chunk)
                        .and("batchId").in(ledger.committedBatchIds())), Expenditure.class));
    }

    Flux<Expenditure> page(TenantAccess access, Ledger ledger, Integer month, String classificationCode, int page, int size) {
        return mongo.find(TenantCriteria.allVisible(access, committed(ledger, month, classificationCode))
                .with(Sort.by("date", "voucherNo")).skip((long) page * size).limit(size), Expenditure.class);
    }

    /** Every committed entry of the ledger, in date order then by voucher number. */
    Flux<Expenditure> allCommitted(TenantAccess access, Ledger ledger) {
        if (ledger.committedBatches().isEmpty()) {
            return Flux.empty();
        }
        return mongo.find(TenantCriteria.allVisible(access, committed(ledger, null, null))
                .with(Sort.by("date", "voucherNo")), Expenditure.class);
    }

    Mono<Long> count(TenantAccess access, Ledger ledger, Integer month, String classificationCode) {
        return mongo.count(TenantCriteria.allVisible(access, committed(ledger, month, classificationCode)), Expenditure.class);
    }

    private static Criteria committed(Ledger ledger, Integer month, String classificationCode) {
        Criteria filter = Criteria.where("projectId").is(ledger.projectId()).and("batchId").in(ledger.committedBatchIds());
        if (month != null) {
            filter = filter.and("month").is(month);
        }
        if (classificationCode != null) {
            filter = filter.and("classificationCode").is(classificationCode);
        }
        return filter;
    }
}
