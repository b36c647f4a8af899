import { download, http, upload } from './http'

/** One spending entry (ExpenditureView); amounts in 元 as the API writes them. */
export interface Expenditure {
  id: string
  date: string
  amount: string | number
  classificationCode: string
  classificationName: string
  payee: string
  voucherNo: string
  summary: string
  batchId: string
  recordedBy: string
  recordedAt: string
}

export interface ExpenditurePage {
  items: Expenditure[]
  page: number
  size: number
  totalElements: number
}

export interface RecordExpenditure {
  date: string
  amount: string
  classificationCode: string
  classificationName?: string
  payee: string
  voucherNo: string
  summary: string
}

export interface MonthTotal {
  month: number
  amount: string | number
}

export interface ClassificationTotal {
  code: string
  name: string
  amount: string | number
}

export interface SpendingTotals {
  executed: string | number
  entryCount: number
  byClassification: ClassificationTotal[]
  byMonth: MonthTotal[]
}

/** What one typed entry or one import booked (BookingView). */
export interface Booking {
  batchId: string
  kind: 'ENTRY' | 'IMPORT'
  fileName?: string
  entryCount: number
  batchTotal: string | number
  totals: SpendingTotals
}

/** LedgerSummary: 全年执行数, per month and classification, 执行率 (empty while no budget). */
export interface LedgerSummary {
  projectId: string
  year: number
  executed: string | number
  entryCount: number
  byClassification: ClassificationTotal[]
  byMonth: MonthTotal[]
  fullYearBudget: string | number | null
  executionRate: string | number | null
}

export type MonitoringLight = 'RED' | 'YELLOW' | 'GREEN'

/** The monitoring light of in-year spending progress (ProgressView). */
export interface Progress {
  month: number
  executed: string | number
  fullYearBudget: string | number
  progress: string | number
  light: MonitoringLight
  lightLabel: string
}

/** One refused row of an import, as the problem lists it (row as the spreadsheet numbers it, header is row 1). */
export interface ImportError {
  row: number
  column: string
  cell: string
  value: string
  reason: string
}

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`

export const ledgerApi = {
  entries: (projectId: string, page: number, size: number, month?: number) =>
    http.get<ExpenditurePage>(
      `${base(projectId)}/expenditures?page=${page}&size=${size}${month ? `&month=${month}` : ''}`,
    ),
  record: (projectId: string, entry: RecordExpenditure) => http.post<Booking>(`${base(projectId)}/expenditures`, entry),
  summary: (projectId: string) => http.get<LedgerSummary>(`${base(projectId)}/ledger/summary`),
  /** 409 while the budget has not been entered. */
  progress: (projectId: string, month: number) => http.get<Progress>(`${base(projectId)}/ledger/progress?month=${month}`),
  template: (projectId: string) => download(`${base(projectId)}/expenditures/template.xlsx`, '支出明细导入模板.xlsx'),
  importFile: (projectId: string, file: File, onProgress: (percent: number) => void) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return upload<Booking>(`${base(projectId)}/expenditures/import`, form, onProgress)
  },
  /** The annotated copy of a refused import; the refusal names it (importId, annotatedWorkbook). */
  annotated: (projectId: string, importId: string, url?: string) =>
    download(url ?? `${base(projectId)}/expenditures/imports/${encodeURIComponent(importId)}/annotated.xlsx`, `错误说明-${importId}.xlsx`),
}
