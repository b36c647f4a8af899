package cn.jixiao.report.readmodel;

import java.util.List;

import cn.jixiao.contracts.money.Yuan;

/**
 * The spending ledger's totals after its latest batch: 全年执行数 and what was spent per economic classification.
 *
 * @param revision the ledger's revision after that batch; {@code null} when the batch was announced without one
 *                 (before project-service numbered its ledger), which can then only be ordered by when it happened
 */
public record Ledger(Yuan executed, List<ClassificationAmount> byClassification, Long revision) {

    public Ledger {
        byClassification = byClassification == null ? List.of() : List.copyOf(byClassification);
    }
}
