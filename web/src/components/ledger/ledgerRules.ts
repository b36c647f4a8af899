import { chinese } from '@/api/http'
import type { ImportError, MonthTotal } from '@/api/ledger'
import { toFen, type Fen } from '@/format/money'

/** Client-side rules of the 支出明细 page: what may be uploaded, how a refusal reads, what the chart and light show. */

/** The largest ledger file project-service takes (jixiao.ledger.max-upload-size, 20MB). */
export const MAX_LEDGER_FILE = 20 * 1024 * 1024

/** Why a file cannot be sent as a ledger, checked before a byte leaves the browser; '' when it can. */
export function ledgerFileProblem(file: { name: string; size: number }): string {
  const name = file.name.toLowerCase()
  if (!name.endsWith('.xlsx') && !name.endsWith('.csv')) return `“${file.name}”不是 XLSX 或 CSV 文件，请使用导入模板填写后上传`
  if (file.size === 0) return `“${file.name}”是空文件`
  if (file.size > MAX_LEDGER_FILE) return `“${file.name}”超过 20 MB，请分成几个文件导入`
  return ''
}

/** One refused cell as the error table shows it: the reason in Chinese only. */
export interface ImportErrorRow extends ImportError {
  reasonText: string
}

export function errorRows(errors: ImportError[] | undefined): ImportErrorRow[] {
  return (errors ?? []).map((e) => ({ ...e, reasonText: chinese(e.reason) }))
}

/**
 * The month the monitoring light is judged at: the current month while the project's budget year runs, December for a
 * past year, January for a year to come.
 */
export function monitoringMonth(year: number, today: Date): number {
  if (today.getFullYear() > year) return 12
  if (today.getFullYear() < year) return 1
  return today.getMonth() + 1
}

export interface SpendingSeries {
  months: string[]
  /** spent in each month, 万元 */
  monthly: number[]
  /** spent up to the end of each month, 万元 */
  cumulative: number[]
  /** the full-year budget spread evenly, up to each month, 万元 (what progress compares with) */
  plan: number[]
  /** 全年预算数 in 万元, or undefined while none is entered */
  budget: number | undefined
}

/** Fen to 万元 as a number, for drawing only: every sum is made on fen first. */
function wan(fen: Fen): number {
  return Number(fen) / 1_000_000
}

/** The chart's series: sums in fen (exact), turned into 万元 numbers only to be drawn. */
export function spendingSeries(byMonth: MonthTotal[], fullYearBudget: string | number | null | undefined): SpendingSeries {
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`)
  const spent = months.map((_, i) => toFen(byMonth.find((m) => m.month === i + 1)?.amount) ?? 0n)
  let running = 0n
  const cumulative = spent.map((fen) => (running += fen))
  const budgetFen = toFen(fullYearBudget)
  return {
    months,
    monthly: spent.map(wan),
    cumulative: cumulative.map(wan),
    plan: budgetFen === undefined ? [] : months.map((_, i) => wan((budgetFen * BigInt(i + 1)) / 12n)),
    budget: budgetFen === undefined ? undefined : wan(budgetFen),
  }
}

export const lightColours: Record<string, { colour: string; text: string }> = {
  GREEN: { colour: '#15803d', text: '支出进度正常' },
  YELLOW: { colour: '#b45309', text: '支出进度偏慢，请关注' },
  RED: { colour: '#b91c1c', text: '支出进度严重滞后，请分析原因' },
}
