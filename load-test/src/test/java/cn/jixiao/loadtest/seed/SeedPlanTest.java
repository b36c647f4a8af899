package cn.jixiao.loadtest.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeedPlanTest {

    private final SeedPlan district = SeedPlan.district();

    @Test
    void theDistrictIsTwoHundredStreetsOfThirtyProjectsIn2026() {
        assertEquals(200, district.streetList().size());
        assertEquals(6_000, district.streetList().stream().mapToInt(street -> district.projectsOf(street).size()).sum());
        assertEquals(2026, district.year());
    }

    @Test
    void everyProjectCodeIsUniqueAndSaysItsStreetSoARerunRecognisesIt() {
        Set<String> codes = new HashSet<>();
        for (SeedPlan.Street street : district.streetList()) {
            for (SeedPlan.SeededProject project : district.projectsOf(street)) {
                assertTrue(codes.add(project.code()), project.code());
                assertTrue(project.code().matches("[A-Za-z0-9._-]{1,64}"), "a code the registration accepts: " + project.code());
                assertTrue(project.code().contains(street.name()));
            }
        }
    }

    @Test
    void streetsAreNamedSoThatOnlyTheSeedsMatchTheRemovalPattern() {
        SeedPlan.Street first = district.streetList().get(0);
        assertEquals("ld001", first.name());
        assertEquals("ld001-editor", first.editor());
        assertEquals("负载测试第001街道", first.displayName());
        assertTrue(district.streetList().stream().allMatch(street -> street.name().matches(SeedPlan.STREET_NAME_PATTERN)));
        // group names as onboarding accepts them: [a-z][a-z0-9-]{1,39}
        assertTrue(district.streetList().stream().allMatch(street -> street.name().matches("[a-z][a-z0-9-]{1,39}")));
    }

    @Test
    void budgetsSpreadFromFiftyThousandToAMillionYuanToTheFen() {
        Set<BigDecimal> budgets = new HashSet<>();
        for (SeedPlan.Street street : district.streetList()) {
            for (SeedPlan.SeededProject project : district.projectsOf(street)) {
                BigDecimal budget = project.budget();
                assertEquals(2, budget.scale());
                assertTrue(budget.compareTo(new BigDecimal("50000.00")) >= 0 && budget.compareTo(new BigDecimal("1000000.00")) <= 0);
                budgets.add(budget);
            }
        }
        assertEquals(20, budgets.size());
    }

    @Test
    void aPlanBeyondWhatTheNamesCanHoldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SeedPlan(2026, 1_000, 30));
        assertThrows(IllegalArgumentException.class, () -> new SeedPlan(2026, 200, 100));
        assertEquals(List.of(), new SeedPlan(2026, 1, 0).projectsOf(new SeedPlan.Street(1)));
    }
}
