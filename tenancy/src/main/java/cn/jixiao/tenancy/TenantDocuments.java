package cn.jixiao.tenancy;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The one document with this id, if the caller may see it: read by its {@code _id} alone, then checked with the
 * platform's read rule ({@link TenantAccess#canRead}, the same rule {@code TenantCriteria.visibleTo} states as a
 * query). Every service reads a street's document this way: every write of a project starts with such a look-up (the
 * project, then its budget, ledger or indicators), and so does each read of an evaluation or a report. Asked as one
 * query of the id and the tenant's fields, the local stack's store (mongo-java-server, which uses an
 * index only for a query of exactly its fields) read every document of the collection, of every tenant; by the id
 * alone it reads one. A document of another street or district is never returned, as before: it is read, then
 * dropped, and the caller answers as if it did not exist.
 */
public final class TenantDocuments {

    private TenantDocuments() {
    }

    /** A document that belongs to a street ({@code tenantId}) of a district. */
    public interface OfAStreet {

        String districtId();

        String tenantId();
    }

    public static <T extends OfAStreet> Mono<T> visible(ReactiveMongoTemplate mongo, TenantAccess access, String id,
                                                        Class<T> type) {
        return mongo.findById(id, type).filter(found -> access.canRead(found.districtId(), found.tenantId()));
    }
}
