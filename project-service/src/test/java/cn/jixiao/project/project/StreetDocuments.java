package cn.jixiao.project.project;

import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import reactor.core.publisher.Mono;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.tenancy.TenantDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For the specifications of the look-ups by id that every write starts with: one document of a street, stored
 * beside a document of the same street name in another district and one of a neighbouring street, and every kind of
 * caller asking for it. Each call uses districts of its own, so tests sharing a context never see each other's.
 */
public final class StreetDocuments {

    private final ReactiveMongoTemplate mongo;
    private final String collection;
    private final String district = "d-" + UUID.randomUUID();
    private final String otherDistrict = "d-" + UUID.randomUUID();

    public StreetDocuments(ReactiveMongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /**
     * Stores the documents, then asks {@code lookUp} for the street's one as each caller: its editor, its district's
     * overseer and auditor find it; the neighbouring street's editor, the same street name in another district, that
     * district's overseer, and a district clerk without an oversight role find nothing.
     *
     * @param document the stored document of a project of street {@code jinchen}, given its id and its tenant
     * @param lookUp   the look-up under test
     */
    public void holdApart(BiFunction<String, String[], Document> document,
                          BiFunction<TenantAccess, String, Mono<? extends TenantDocuments.OfAStreet>> lookUp) {
        String id = UUID.randomUUID().toString();
        String neighboursId = UUID.randomUUID().toString();
        String namesakesId = UUID.randomUUID().toString();
        mongo.insert(document.apply(id, new String[]{district, "jinchen"}), collection).block();
        mongo.insert(document.apply(neighboursId, new String[]{district, "jinning"}), collection).block();
        mongo.insert(document.apply(namesakesId, new String[]{otherDistrict, "jinchen"}), collection).block();

        for (TenantAccess mayRead : new TenantAccess[]{editor(district, "jinchen"), district(district, Role.DISTRICT_OVERSEER),
                district(district, Role.AUDITOR)}) {
            TenantDocuments.OfAStreet found = lookUp.apply(mayRead, id).block();
            assertThat(found).as("what %s reads", mayRead.username()).isNotNull();
            assertThat(found.districtId()).isEqualTo(district);
            assertThat(found.tenantId()).isEqualTo("jinchen");
        }
        for (TenantAccess mayNot : new TenantAccess[]{editor(district, "jinning"), editor(otherDistrict, "jinchen"),
                district(otherDistrict, Role.DISTRICT_OVERSEER), district(district)}) {
            assertThat(lookUp.apply(mayNot, id).blockOptional()).as("what %s reads", mayNot.username()).isEmpty();
        }
        assertThat(lookUp.apply(editor(district, "jinning"), neighboursId).blockOptional()).isPresent();
        assertThat(lookUp.apply(editor(otherDistrict, "jinchen"), namesakesId).blockOptional()).isPresent();
        assertThat(lookUp.apply(editor(district, "jinchen"), UUID.randomUUID().toString()).blockOptional()).isEmpty();
    }

    /** The fields every street's document carries, as the store holds them. */
    public static Document ofStreet(String id, String[] districtAndStreet) {
        return new Document("_id", id).append("districtId", districtAndStreet[0]).append("tenantId", districtAndStreet[1]);
    }

    private static TenantAccess editor(String district, String street) {
        return new TenantAccess(street + "-editor-id", district + "-" + street + "-editor", district, street,
                Set.of(Role.STREET_EDITOR));
    }

    private static TenantAccess district(String district, Role... roles) {
        return new TenantAccess(district + "-user-id", district + "-" + Set.of(roles), district, null, Set.of(roles));
    }
}
