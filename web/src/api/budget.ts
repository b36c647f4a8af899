import { http } from './http'

/** An amount in both units as project-service shows it: 元 exact to the fen, 万元 rounded as the form prints it. */
export interface Amount {
  yuan: string | number
  wan: string | number
}

/** The funding source rows of the self-evaluation form's funds block, in the form's order. */
export type FundingSource = 'CURRENT_YEAR_APPROPRIATION' | 'PRIOR_YEAR_CARRYOVER' | 'OTHER'

export const fundingSources: Array<{ source: FundingSource; name: string }> = [
  { source: 'CURRENT_YEAR_APPROPRIATION', name: '本年财政拨款' },
  { source: 'PRIOR_YEAR_CARRYOVER', name: '上年结转资金' },
  { source: 'OTHER', name: '其他资金' },
]

export interface AdjustmentView {
  date: string
  /** 追加 or 调减 */
  kind: string
  amount: Amount
  reason: string
}

export interface SourceView {
  source: FundingSource
  name: string
  initial: Amount
  fullYear: Amount
}

export interface ClassificationView {
  code: string
  name: string
  amount: Amount
}

/** BudgetView of project-service. */
export interface Budget {
  projectId: string
  year: number
  initialBudget: Amount
  adjustments: AdjustmentView[]
  adjustmentTotal: Amount
  fullYearBudget: Amount
  bySource: SourceView[]
  byClassification: ClassificationView[]
  updatedBy?: string
  updatedAt?: string
  version: number
}

/** Amounts go to the API as text in 元 with two decimals ("1234.50"), never through a JS number. */
export interface SourceRow {
  source: FundingSource
  initial: string
  fullYear: string
}

export interface ClassificationRow {
  code: string
  amount: string
}

export interface SetBudget {
  /** omitted when the budget is set for the first time */
  version?: number
  initialBudget: string
  bySource: SourceRow[]
  byClassification: ClassificationRow[]
}

export interface AddAdjustment {
  version: number
  adjustment: { date: string; amount: string; reason: string }
  bySource: SourceRow[]
  byClassification: ClassificationRow[]
}

/** GET /api/classifications: the categories (类) found, each with the items (款) found. */
export interface ClassificationSearch {
  year: number
  catalogueYear: number
  query: string
  categories: Array<{ code: string; name: string; items: Array<{ code: string; name: string }> }>
}

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/budget`

export const budgetApi = {
  /** 404 (ApiProblem.notFound) while no budget has been set. */
  get: (projectId: string) => http.get<Budget>(base(projectId)),
  set: (projectId: string, request: SetBudget) => http.put<Budget>(base(projectId), request),
  adjust: (projectId: string, request: AddAdjustment) => http.post<Budget>(`${base(projectId)}/adjustments`, request),
  classifications: (year: number, q: string, signal?: AbortSignal) =>
    http.get<ClassificationSearch>(
      `/api/classifications?year=${year}${q.trim() ? `&q=${encodeURIComponent(q.trim())}` : ''}`,
      { signal },
    ),
}
