package cn.jixiao.project.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How budget years read catalogues that differ, on a fixture of two made-up years (the shipped years carry the same
 * list): 2023, and 2025 with 30212 retired and 30250 added.
 */
class CatalogueYearsTest {

    private final EconomicClassifications catalogues =
            EconomicClassifications.load("classpath*:classification-fixture/*.csv");

    @Test
    void aCodeRetiredInALaterYearIsRefusedForThatYearAndStillFoundForEarlierOnes() {
        assertThat(catalogues.find(2023, "30212")).isPresent();
        assertThat(catalogues.find(2025, "30212")).isEmpty();
        assertThat(catalogues.find(2026, "30212")).isEmpty();
    }

    @Test
    void aCodeAddedInALaterYearIsUnknownBeforeIt() {
        assertThat(catalogues.find(2023, "30250")).isEmpty();
        assertThat(catalogues.find(2025, "30250")).map(EconomicClassification::name).contains("试点新增费用");
    }

    @Test
    void aYearBetweenTwoCataloguesReadsTheEarlierOne() {
        assertThat(catalogues.years()).containsExactly(2023, 2025);
        assertThat(catalogues.forYear(2024).year()).isEqualTo(2023);
        assertThat(catalogues.find(2024, "30212")).isPresent();
        assertThat(catalogues.find(2024, "30250")).isEmpty();
    }
}
