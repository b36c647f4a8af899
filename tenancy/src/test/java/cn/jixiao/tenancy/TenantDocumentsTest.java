package cn.jixiao.tenancy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class TenantDocumentsTest {

    record StreetDocument(String districtId, String tenantId) implements TenantDocuments.OfAStreet {
    }

    private final ReactiveMongoTemplate mongo = mock(ReactiveMongoTemplate.class);

    @Test
    void aStreetsDocumentReadByItsIdIsGivenOnlyToWhoMayReadThatStreet() {
        when(mongo.findById("p-1", StreetDocument.class)).thenReturn(Mono.just(new StreetDocument("panlong", "tuodong")));

        assertThat(visibleTo(new TenantAccess("u", "tuodong-editor", "panlong", "tuodong", Set.of(Role.STREET_EDITOR))))
                .as("its own street").isNotNull();
        assertThat(visibleTo(new TenantAccess("u", "panlong-overseer", "panlong", null, Set.of(Role.DISTRICT_OVERSEER))))
                .as("its district's overseer").isNotNull();
        assertThat(visibleTo(new TenantAccess("u", "jinchen-editor", "panlong", "jinchen", Set.of(Role.STREET_EDITOR))))
                .as("a sibling street").isNull();
        assertThat(visibleTo(new TenantAccess("u", "tuodong-editor", "wuhua", "tuodong", Set.of(Role.STREET_EDITOR))))
                .as("a street of the same name in another district").isNull();
        assertThat(visibleTo(new TenantAccess("u", "wuhua-overseer", "wuhua", null, Set.of(Role.DISTRICT_OVERSEER))))
                .as("another district's overseer").isNull();
    }

    @Test
    void noDocumentIsNothingForAnyone() {
        when(mongo.findById("p-2", StreetDocument.class)).thenReturn(Mono.empty());

        assertThat(TenantDocuments.visible(mongo, new TenantAccess("u", "panlong-overseer", "panlong", null,
                Set.of(Role.DISTRICT_OVERSEER)), "p-2", StreetDocument.class).block()).isNull();
    }

    private StreetDocument visibleTo(TenantAccess caller) {
        return TenantDocuments.visible(mongo, caller, "p-1", StreetDocument.class).block();
    }
}
