package cn.jixiao.evaluation.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The draw of a sampled review (抽查复核): which finalized self-evaluations the district re-scores. Reproducible:
 * the same seed and the same population draw the same evaluations, whatever order the population was listed in,
 * on any machine.
 *
 * <p>The population is put in a fixed order first: by street id, then by evaluation id. Each street (stratum)
 * contributes its quota ({@link StreetQuotas}). One {@link java.util.Random} seeded with the stated seed (its
 * algorithm is fixed by the Java specification, so the seed means the same everywhere) then draws each street's
 * quota in turn, streets in the order of their ids, by a partial Fisher–Yates shuffle of that street's evaluations.
 */
public final class SampleDraw {

    private SampleDraw() {
    }

    /** @return the drawn evaluations, ordered by street id and then evaluation id */
    public static List<Candidate> draw(long seed, List<Candidate> population, SampleSize size) {
        Map<String, List<Candidate>> streets = new TreeMap<>();
        population.stream()
                .sorted(Comparator.comparing(Candidate::streetId).thenComparing(Candidate::evaluationId))
                .forEach(candidate -> streets.computeIfAbsent(candidate.streetId(), street -> new ArrayList<>())
                        .add(candidate));
        TreeMap<String, Integer> sizes = new TreeMap<>();
        streets.forEach((street, members) -> sizes.put(street, members.size()));
        Map<String, Integer> quotas = StreetQuotas.of(size, sizes);

        Random random = new Random(seed);
        List<Candidate> drawn = new ArrayList<>();
        streets.forEach((street, members) -> {
            List<Candidate> shuffled = new ArrayList<>(members);
            int quota = quotas.get(street);
            for (int i = 0; i < quota; i++) {
                int pick = i + random.nextInt(shuffled.size() - i);
                Candidate chosen = shuffled.get(pick);
                shuffled.set(pick, shuffled.get(i));
                shuffled.set(i, chosen);
            }
            shuffled.subList(0, quota).stream().sorted(Comparator.comparing(Candidate::evaluationId)).forEach(drawn::add);
        });
        return List.copyOf(drawn);
    }
}
