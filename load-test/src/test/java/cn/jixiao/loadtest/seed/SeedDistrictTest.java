package cn.jixiao.loadtest.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SeedDistrictTest {

    @Test
    void argumentsComeAsKeyValuePairsOrFlagsInOneExecArgsString() {
        SeedDistrict.Arguments arguments = new SeedDistrict.Arguments(new String[] {"streets=20 projects=5", "remove"});
        assertEquals(20, arguments.number("streets", 200));
        assertEquals(5, arguments.number("projects", 30));
        assertEquals(2026, arguments.number("year", 2026));
        assertTrue(arguments.has("remove"));
        assertFalse(arguments.has("full"));
        assertEquals("http://localhost:8080", arguments.text("gateway", "http://localhost:8080"));
    }

    @Test
    void aBudgetIsAllThisYearsAppropriationAndAll委托业务费() {
        BigDecimal amount = new BigDecimal("350000.00");
        Map<String, Object> budget = SeedDistrict.budget(amount);
        assertEquals(amount, budget.get("initialBudget"));
        assertEquals(List.of(Map.of("source", "CURRENT_YEAR_APPROPRIATION", "initial", amount, "fullYear", amount)),
                budget.get("bySource"));
        assertEquals(List.of(Map.of("code", "30227", "amount", amount)), budget.get("byClassification"));
    }
}
