package cn.jixiao.project.redflags.rules;

import java.util.List;

/** Every rule the ledger is read by, with the district's thresholds, in the order the overseer reads them. */
public final class RedFlagRules {

    private final List<LedgerRule> rules;

    public RedFlagRules(RedFlagThresholds thresholds) {
        this.rules = List.of(new YearEndRush(thresholds), new SplitPayments(thresholds),
                new PayeeConcentration(thresholds), new BeforeBudget(), new AfterYearClose(thresholds),
                new RoundNumberSeries(thresholds), new DuplicateInvoices());
    }

    public List<LedgerRule> rules() {
        return rules;
    }

    /** The flags of every rule on these facts. */
    public List<RedFlag> flags(LedgerFacts facts) {
        return rules.stream().flatMap(rule -> rule.flags(facts).stream()).toList();
    }

    /** The rule of this kind, for its threshold text. */
    public LedgerRule rule(RedFlagRule kind) {
        return rules.stream().filter(rule -> rule.kind() == kind).findFirst().orElseThrow();
    }
}
