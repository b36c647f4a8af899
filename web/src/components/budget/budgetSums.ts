import { fenToApi, formatYuan, toFen, type Fen } from '@/format/money'
import type { Budget, ClassificationRow, FundingSource, SourceRow } from '@/api/budget'
import { fundingSources } from '@/api/budget'

/**
 * The budget as the editor types it, and the sums project-service checks (BudgetRules), checked here as they type:
 * the funding sources add up to 年初预算数 and to 全年预算数, the classifications to 全年预算数, to the fen.
 * Every amount is text in 元 and every sum is exact (fen in a BigInt).
 */
export interface SourceInput {
  source: FundingSource
  name: string
  initial: string
  fullYear: string
}

export interface ClassificationInput {
  code: string
  name: string
  amount: string
}

export interface BudgetDraft {
  initial: string
  sources: SourceInput[]
  classifications: ClassificationInput[]
}

/** A sum that must equal a total: what the rows add up to and how far off they are (rows − total). */
export interface SumCheck {
  label: string
  expected: Fen
  actual: Fen
  difference: Fen
  ok: boolean
}

/** Why an amount as typed cannot be taken, or '' when it can. */
export function amountProblem(text: string, options: { allowNegative?: boolean; required?: boolean } = {}): string {
  if (text.trim() === '') return options.required ? '请填写金额' : ''
  const fen = toFen(text)
  if (fen === undefined) return '金额应为数字，最多两位小数'
  if (fen < 0n && !options.allowNegative) return '金额不能为负'
  return ''
}

/** The amount typed, exactly; blank and unreadable count as zero in the sums (the field itself says what is wrong). */
export function fenOf(text: string): Fen {
  return toFen(text) ?? 0n
}

function check(label: string, expected: Fen, rows: string[]): SumCheck {
  const actual = rows.reduce((sum, t) => sum + fenOf(t), 0n)
  return { label, expected, actual, difference: actual - expected, ok: actual === expected }
}

/** The three sums of a budget whose full-year total is `fullYear` (年初预算数 + every adjustment). */
export function sumChecks(draft: BudgetDraft, fullYear: Fen, checkInitial = true): SumCheck[] {
  const checks: SumCheck[] = []
  if (checkInitial) {
    checks.push(check('各资金来源年初预算数合计', fenOf(draft.initial), draft.sources.map((s) => s.initial)))
  }
  checks.push(check('各资金来源全年预算数合计', fullYear, draft.sources.map((s) => s.fullYear)))
  checks.push(check('各经济分类金额合计', fullYear, draft.classifications.map((c) => c.amount)))
  return checks
}

/** "差 1,000.00 元" / "多 1,000.00 元" / "相符" for one check. */
export function differenceText(check: SumCheck): string {
  if (check.ok) return '相符'
  return check.difference < 0n ? `少 ${formatYuan(-check.difference)} 元` : `多 ${formatYuan(check.difference)} 元`
}

/** Classification codes entered on more than one row (the API refuses them). */
export function duplicateCodes(rows: ClassificationInput[]): string[] {
  const seen = new Set<string>()
  const twice = new Set<string>()
  for (const row of rows) {
    if (!row.code) continue
    if (seen.has(row.code)) twice.add(row.code)
    seen.add(row.code)
  }
  return [...twice]
}

/** The budget as stored, as the editor starts from it; a budget not yet set starts with the three sources at zero. */
export function draftOf(budget: Budget | undefined): BudgetDraft {
  if (!budget) {
    return {
      initial: '',
      sources: fundingSources.map(({ source, name }) => ({ source, name, initial: '', fullYear: '' })),
      classifications: [{ code: '', name: '', amount: '' }],
    }
  }
  return {
    initial: formatYuan(budget.initialBudget.yuan),
    sources: fundingSources.map(({ source, name }) => {
      const line = budget.bySource.find((s) => s.source === source)
      return {
        source,
        name,
        initial: line ? formatYuan(line.initial.yuan) : '',
        fullYear: line ? formatYuan(line.fullYear.yuan) : '',
      }
    }),
    classifications: budget.byClassification.map((c) => ({ code: c.code, name: c.name, amount: formatYuan(c.amount.yuan) })),
  }
}

/** The source rows as the API takes them: exact text in 元, blank as 0.00. */
export function sourceRows(draft: BudgetDraft): SourceRow[] {
  return draft.sources.map((s) => ({ source: s.source, initial: fenToApi(fenOf(s.initial)), fullYear: fenToApi(fenOf(s.fullYear)) }))
}

/** The classification rows that name a code, as the API takes them. */
export function classificationRows(draft: BudgetDraft): ClassificationRow[] {
  return draft.classifications.filter((c) => c.code).map((c) => ({ code: c.code, amount: fenToApi(fenOf(c.amount)) }))
}

/** Whether the draft can be sent: every amount readable, no classification twice or without code, the sums equal. */
export function readyToSave(draft: BudgetDraft, fullYear: Fen, checkInitial = true): boolean {
  const amounts = [
    ...(checkInitial ? [amountProblem(draft.initial, { required: true })] : []),
    ...draft.sources.flatMap((s) => [amountProblem(s.initial), amountProblem(s.fullYear)]),
    ...draft.classifications.map((c) => amountProblem(c.amount, { required: !!c.code })),
  ]
  const uncoded = draft.classifications.some((c) => !c.code && c.amount.trim() !== '' && fenOf(c.amount) !== 0n)
  return (
    amounts.every((p) => p === '') &&
    !uncoded &&
    duplicateCodes(draft.classifications).length === 0 &&
    sumChecks(draft, fullYear, checkInitial).every((c) => c.ok)
  )
}
