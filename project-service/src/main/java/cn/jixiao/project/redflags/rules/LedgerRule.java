package cn.jixiao.project.redflags.rules;

import java.util.List;

/** One rule the ledger is read by: what it is, its threshold as the overseer reads it, and the flags it raises. */
public interface LedgerRule {

    RedFlagRule kind();

    /** The rule with its threshold, in Chinese, e.g. "12月（最后 31 天）支出占全年支出超过 30%". */
    String threshold();

    /** The flags the rule raises on these facts, none when nothing is unusual. */
    List<RedFlag> flags(LedgerFacts facts);
}
