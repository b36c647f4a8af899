package cn.jixiao.loadtest.seed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SeedRemovalTest {

    private final Pattern seeded = SeedRemoval.seededStreets("jixiao:panlong");

    @Test
    void removesTheSeededStreetsOfTheDistrict() {
        assertTrue(seeded.matcher("jixiao:panlong:ld001").matches());
        assertTrue(seeded.matcher("jixiao:panlong:ld200").matches());
    }

    @Test
    void neverTouchesTheDemoStreetsTheDistrictItselfOrAnotherDistrict() {
        assertFalse(seeded.matcher("jixiao:panlong:jinchen").find());
        assertFalse(seeded.matcher("jixiao:panlong").find());
        assertFalse(seeded.matcher("jixiao:wuhua:ld001").find());
        assertFalse(seeded.matcher("jixiao:panlong:ld001x").find());
        // the overview benchmark's slim seed (OverviewSeeder) is its own to remove
        assertFalse(seeded.matcher("jixiao:panlong:s001").find());
    }
}
