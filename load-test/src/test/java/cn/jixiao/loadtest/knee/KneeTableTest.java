package cn.jixiao.loadtest.knee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class KneeTableTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final KneeTable table = new KneeTable(now::get);

    @Test
    void theStairsLevelsFollowEachOtherWithTheirRampsBetween() {
        assertEquals(List.of(new KneeTable.Level(1, 0, 30), new KneeTable.Level(2, 35, 30), new KneeTable.Level(3, 70, 30)),
                KneeTable.stairs(1, 1, 3, 30, 5));
    }

    @Test
    void eachRequestCountsInTheLevelItWasAnsweredIn() {
        table.start();
        now.addAndGet(1_000);
        for (int i = 1; i <= 20; i++) {
            table.record(false, i, true);
        }
        table.record(true, 250, true);
        now.addAndGet(3_000); // inside the ramp: in no level
        table.record(true, 9_999, true);
        now.addAndGet(2_000);
        table.record(true, 400, false);

        List<KneeTable.Row> rows = table.rows(List.of(new KneeTable.Level(1, 0, 2), new KneeTable.Level(2, 5, 2)));
        assertEquals(21, rows.get(0).requests());
        assertEquals(10.5, rows.get(0).requestsPerSecond());
        assertEquals(19, rows.get(0).readP95());
        assertEquals(250, rows.get(0).writeP95());
        assertEquals(0, rows.get(0).errors());
        assertEquals(1, rows.get(1).requests());
        assertEquals(-1, rows.get(1).readP95());
        assertEquals(1, rows.get(1).errors());
    }

    @Test
    void theNinetyFifthPercentileIsTheNearestRank() {
        assertEquals(95, KneeTable.p95(java.util.stream.IntStream.rangeClosed(1, 100).toArray()));
        assertEquals(7, KneeTable.p95(new int[] {7}));
        assertEquals(-1, KneeTable.p95(new int[0]));
    }

    @Test
    void theTableIsMarkdownWithADashForALevelWithoutSuchRequests() {
        String markdown = KneeTable.markdown(List.of(new KneeTable.Row(new KneeTable.Level(2, 0, 30), 60, 2.0, 40, -1, 0)));
        assertTrue(markdown.contains("| 2.0 | 60 | 2.0 | 40 | – | 0 |"), markdown);
    }
}
