package cn.jixiao.project.tenants;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.tenancy.TenantAccess;

/**
 * Which districts and streets a person may see by name: a street's people their district and their own street,
 * a district's people (overseer, auditor, administrator) their district with all its streets, the platform's
 * administrator every district with its streets. Names only, never a sibling's data; but a street's people do
 * not learn even the names of the other streets.
 *
 * <p>A disabled district or street is still named, marked disabled: its data is still shown.
 */
@Component
class PlaceNames {

    private final TenantCatalog catalog;

    PlaceNames(TenantCatalog catalog) {
        this.catalog = catalog;
    }

    Mono<PlaceNamesView> visibleTo(Administrator caller) {
        if (caller.platformAdmin()) {
            return view(catalog.allKnown());
        }
        TenantAccess access = caller.access();
        if (access.districtId() == null) {
            return Mono.just(PlaceNamesView.NONE);
        }
        String own = access.isStreetUser() ? access.streetId() : access.districtId();
        return view(catalog.ofDistrictKnowing(access.districtId(), own)
                .filter(tenant -> tenant.kind() == TenantKind.DISTRICT || !access.isStreetUser() || tenant.id().equals(own)));
    }

    private static Mono<PlaceNamesView> view(Flux<Tenant> tenants) {
        return tenants.collectList().map(PlaceNames::view);
    }

    private static PlaceNamesView view(List<Tenant> tenants) {
        Map<String, List<PlaceNamesView.Street>> streetsByDistrict = tenants.stream()
                .filter(tenant -> tenant.kind() == TenantKind.STREET)
                .collect(Collectors.groupingBy(Tenant::districtId,
                        Collectors.mapping(street -> new PlaceNamesView.Street(street.id(), nameOf(street), !street.enabled()),
                                Collectors.toList())));
        return new PlaceNamesView(tenants.stream()
                .filter(tenant -> tenant.kind() == TenantKind.DISTRICT)
                .map(district -> new PlaceNamesView.District(district.id(), nameOf(district), !district.enabled(),
                        streetsByDistrict.getOrDefault(district.id(), List.of())))
                .toList());
    }

    /** The Chinese name; a group made in the console without one is named by its group name. */
    private static String nameOf(Tenant tenant) {
        return tenant.displayName() == null || tenant.displayName().isBlank() ? tenant.name() : tenant.displayName();
    }
}
