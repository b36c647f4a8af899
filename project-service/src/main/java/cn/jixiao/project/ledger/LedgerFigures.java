package cn.jixiao.project.ledger;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.jixiao.contracts.money.Yuan;

/**
 * The ledger figures other features of the same project read (绩效运行监控's spending to date). The caller has
 * already checked that the project is visible to the user; a project with nothing booked has spent 0.00.
 */
@Component
public class LedgerFigures {

    private final Ledgers ledgers;

    LedgerFigures(Ledgers ledgers) {
        this.ledgers = ledgers;
    }

    /** Spending dated up to the end of {@code month} of the project's budget year, from the kept monthly totals. */
    public Mono<Yuan> executedThrough(String projectId, int month) {
        return ledgers.find(projectId).map(ledger -> ledger.totals().executedThrough(month)).defaultIfEmpty(Yuan.ZERO);
    }
}
