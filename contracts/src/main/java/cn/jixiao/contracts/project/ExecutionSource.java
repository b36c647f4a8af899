package cn.jixiao.contracts.project;

/**
 * Where a 全年执行数 entered as a summary figure (汇总数) was taken from, for a street that does not keep its
 * ledger in Jixiao. The label is what the form and the report print.
 */
public enum ExecutionSource {
    /** 部门决算: the department's final accounts. */
    FINAL_ACCOUNTS("部门决算"),
    /** 财务账: the street's own bookkeeping outside Jixiao. */
    FINANCIAL_ACCOUNTS("财务账"),
    /** 国库集中支付系统: the treasury's central payment system. */
    TREASURY_PAYMENT_SYSTEM("国库集中支付系统"),
    /** 其他: named in the free text that comes with it. */
    OTHER("其他");

    private final String label;

    ExecutionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
