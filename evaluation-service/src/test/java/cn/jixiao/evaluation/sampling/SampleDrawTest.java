package cn.jixiao.evaluation.sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.jixiao.problems.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The draw of 抽查复核, specified: reproducible from its seed, stratified by street. */
class SampleDrawTest {

    /** 金辰 10, 拓东 7, 龙泉 3 finalized evaluations. */
    static final List<Candidate> DISTRICT = population(Map.of("jinchen", 10, "tuodong", 7, "longquan", 3));

    @Test
    void theSameSeedAndPopulationDrawTheSameWhateverTheOrderTheyAreListedIn() {
        List<Candidate> first = SampleDraw.draw(20231231L, DISTRICT, SampleSize.ofShare("0.3"));
        for (int i = 0; i < 20; i++) {
            List<Candidate> shuffled = new ArrayList<>(DISTRICT);
            Collections.shuffle(shuffled, new Random(i));
            assertThat(SampleDraw.draw(20231231L, shuffled, SampleSize.ofShare("0.3"))).isEqualTo(first);
        }
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        List<Candidate> first = SampleDraw.draw(1L, DISTRICT, SampleSize.ofShare("0.3"));
        assertThat(SampleDraw.draw(2L, DISTRICT, SampleSize.ofShare("0.3"))).isNotEqualTo(first).hasSameSizeAs(first);
    }

    @Test
    void theDrawIsPinnedSoThatAStoredSeedMeansTheSameEvaluationsInEveryLaterVersion() {
        // java.util.Random's sequence is fixed by the Java specification; a change of this rule fails here
        assertThat(SampleDraw.draw(42L, DISTRICT, SampleSize.ofCount(4))).extracting(Candidate::evaluationId)
                .containsExactly("jinchen-01", "jinchen-05", "longquan-01", "tuodong-04");
    }

    @Test
    void aShareIsEachStreetsOwnRoundedHalfUpAndAtLeastOne() {
        // 30% of 10 = 3, of 7 = 2.1 → 2, of 3 = 0.9 → 1
        assertThat(perStreet(SampleDraw.draw(7L, DISTRICT, SampleSize.ofShare("0.3"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("jinchen", 3L, "tuodong", 2L, "longquan", 1L));
        // 25% of 10 = 2.5 → 3 (half up); of 7 = 1.75 → 2; of 3 = 0.75 → 1
        assertThat(perStreet(SampleDraw.draw(7L, DISTRICT, SampleSize.ofShare("0.25"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("jinchen", 3L, "tuodong", 2L, "longquan", 1L));
        // 1% of anything rounds to 0: each street still contributes one
        assertThat(perStreet(SampleDraw.draw(7L, DISTRICT, SampleSize.ofShare("0.01"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("jinchen", 1L, "tuodong", 1L, "longquan", 1L));
        assertThat(SampleDraw.draw(7L, DISTRICT, SampleSize.ofShare("1"))).hasSize(20);
    }

    @Test
    void aCountIsExactOnePerStreetFirstThenTheRestInProportionByLargestRemainder() {
        // 8 = one each, then 5 over what is left (9, 6, 2 of 17): 2.65, 1.76, 0.59 → 2, 1, 0 and the two left
        // over to the largest remainders, 拓东 (.76) and 金辰 (.65)
        assertThat(perStreet(SampleDraw.draw(7L, DISTRICT, SampleSize.ofCount(8))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("jinchen", 4L, "tuodong", 3L, "longquan", 1L));
        assertThat(SampleDraw.draw(7L, DISTRICT, SampleSize.ofCount(20))).hasSize(20);
        assertThat(SampleDraw.draw(7L, DISTRICT, SampleSize.ofCount(500))).as("more than there are: all of them")
                .hasSize(20);
    }

    @Test
    void aCountBelowTheNumberOfStreetsGoesToTheLargestStreets() {
        // 2 of 20 in proportion: 1.0, 0.7, 0.3 → 金辰 1 and 拓东 the larger remainder
        assertThat(perStreet(SampleDraw.draw(7L, DISTRICT, SampleSize.ofCount(2))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("jinchen", 1L, "tuodong", 1L));
    }

    @Test
    void equalRemaindersGoToTheStreetWhoseIdSortsFirst() {
        List<Candidate> even = population(Map.of("b-street", 2, "a-street", 2, "c-street", 2));
        assertThat(perStreet(SampleDraw.draw(3L, even, SampleSize.ofCount(1))))
                .containsExactlyEntriesOf(Map.of("a-street", 1L));
    }

    @Test
    void anEmptyPopulationDrawsNothing() {
        assertThat(SampleDraw.draw(1L, List.of(), SampleSize.ofCount(3))).isEmpty();
        assertThat(SampleDraw.draw(1L, List.of(), SampleSize.ofShare("0.5"))).isEmpty();
    }

    @Test
    void aSizeIsAShareAboveZeroUpToAllOrACountOfOneOrMoreNeverBoth() {
        assertThatThrownBy(() -> SampleSize.ofShare("0")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("invalid-sample-size");
        assertThatThrownBy(() -> SampleSize.ofShare("1.01")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> SampleSize.ofCount(0)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new SampleSize(java.math.BigDecimal.ONE, 3)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new SampleSize(null, null)).isInstanceOf(ProblemException.class);
    }

    private static Map<String, Long> perStreet(List<Candidate> drawn) {
        return drawn.stream().collect(Collectors.groupingBy(Candidate::streetId, Collectors.counting()));
    }

    static List<Candidate> population(Map<String, Integer> streets) {
        List<Candidate> all = new ArrayList<>();
        streets.forEach((street, n) -> {
            for (int i = 1; i <= n; i++) {
                String id = street + "-%02d".formatted(i);
                all.add(new Candidate(id, "project-" + id, street));
            }
        });
        return all;
    }
}
