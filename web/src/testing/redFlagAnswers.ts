import type { DistrictFlags, ProjectFlags, RedFlag, RuleView } from '@/api/redFlags'

/** What project-service answers about Jinchen's project with two 审计线索 in 2023, for the pages' specs. */
export const PROJECT_ID = 'p-jinchen-2023'
export const SPLIT_KEY = 'split-payments-0123456789abcdef01234567'
export const DUPLICATE_KEY = 'duplicate-invoices-89abcdef0123456789abcdef'

export const rules = (): RuleView[] => [
  { rule: 'YEAR_END_RUSH', label: '年底突击花钱', threshold: '年度最后 31 天（12月）的支出占全年支出超过 30%' },
  { rule: 'SPLIT_PAYMENTS', label: '拆分支付规避采购限额', threshold: '同一收款人 30 天内 2 笔及以上支付，每笔在采购限额 1,000,000.00 元 以下且不低于 800,000.00 元' },
  { rule: 'DUPLICATE_INVOICES', label: '疑似重复报销', threshold: '金额、日期、收款人均相同的 2 笔及以上支出' },
]

export const splitFlag = (): RedFlag => ({
  key: SPLIT_KEY, rule: 'SPLIT_PAYMENTS', ruleLabel: '拆分支付规避采购限额', threshold: rules()[1].threshold,
  finding: '向「华建公司」在 2023-03-01 至 2023-03-10 间支付 2 笔，合计 1,930,000.00 元，每笔均略低于采购限额 1,000,000.00 元',
  rows: [
    { voucherNo: '记-01', date: '2023-03-01', payee: '华建公司', amount: 950000.0, summary: '人行道改造第一期' },
    { voucherNo: '记-02', date: '2023-03-10', payee: '华建公司', amount: '980000.00', summary: '人行道改造第二期' },
  ],
  status: 'OPEN', statusLabel: '待处理', decision: null,
})

export const dismissedDuplicate = (): RedFlag => ({
  key: DUPLICATE_KEY, rule: 'DUPLICATE_INVOICES', ruleLabel: '疑似重复报销', threshold: rules()[2].threshold,
  finding: '2023-06-08 向「星光印务」支付 3,560.00 元 共 2 笔（凭证号 记-03、记-04）',
  rows: [
    { voucherNo: '记-03', date: '2023-06-08', payee: '星光印务', amount: 3560, summary: '宣传册印制' },
    { voucherNo: '记-04', date: '2023-06-08', payee: '星光印务', amount: 3560, summary: '宣传册印制' },
  ],
  status: 'DISMISSED', statusLabel: '已排除',
  decision: {
    flagKey: DUPLICATE_KEY, rule: 'DUPLICATE_INVOICES', status: 'DISMISSED', finding: '2023-06-08 向「星光印务」支付 3,560.00 元 共 2 笔',
    reason: '两张发票号码不同，已核对原始凭证', rectificationId: null, decidedBy: 'panlong-overseer', decidedAt: '2023-12-01T02:00:00Z',
  },
})

export const projectFlags = (): ProjectFlags => ({
  projectId: PROJECT_ID, projectCode: '530103-2023-JS-001', projectName: '金实路示范街区改造专项资金',
  streetId: 'jixiao:panlong:jinchen', year: 2023, rules: rules(), flags: [dismissedDuplicate(), splitFlag()], earlierDecisions: [],
})

export const districtFlags = (): DistrictFlags => ({
  year: 2023, rules: rules(),
  byRule: { YEAR_END_RUSH: 0, SPLIT_PAYMENTS: 1, PAYEE_CONCENTRATION: 0, BEFORE_BUDGET: 0, AFTER_YEAR_CLOSE: 0, ROUND_NUMBER_SERIES: 0, DUPLICATE_INVOICES: 1 },
  byStreet: [{
    streetId: 'jixiao:panlong:jinchen', total: 2, open: 1,
    byRule: { YEAR_END_RUSH: 0, SPLIT_PAYMENTS: 1, PAYEE_CONCENTRATION: 0, BEFORE_BUDGET: 0, AFTER_YEAR_CLOSE: 0, ROUND_NUMBER_SERIES: 0, DUPLICATE_INVOICES: 1 },
  }],
  projects: [{
    projectId: PROJECT_ID, projectCode: '530103-2023-JS-001', projectName: '金实路示范街区改造专项资金', streetId: 'jixiao:panlong:jinchen',
    total: 2, byStatus: { OPEN: 1, DISMISSED: 1, RECTIFICATION: 0 },
    byRule: { YEAR_END_RUSH: 0, SPLIT_PAYMENTS: 1, PAYEE_CONCENTRATION: 0, BEFORE_BUDGET: 0, AFTER_YEAR_CLOSE: 0, ROUND_NUMBER_SERIES: 0, DUPLICATE_INVOICES: 1 },
  }],
})
