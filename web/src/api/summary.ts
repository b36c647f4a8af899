import { download, http } from './http'
import { sumFen, type Fen } from '@/format/money'
import type { Hundredths } from '@/format/points'

/**
 * report-service's 全区汇总 (GET /api/reports/districts/{districtId}/summary?year=, DistrictSummary): one row per
 * project of every street, ordered by street then code, with the totals and the grade distribution the XLSX and PDF
 * print. Amounts are 元 (JSON numbers), held as fen on this side; the street subtotals are added here in fen, exactly.
 */
export interface SummaryRow {
  projectCode: string
  projectName: string
  streetName: string
  budget: number | string | null
  executed: number | string | null
  ratePercent: number | string | null
  /** the self-score, or the 复核分 once the district reviewed it; none unscored */
  score: number | string | null
  /** 优秀, 良好, 中, 差; none unscored */
  gradeLabel: string | null
  /** as a person reads it, e.g. 已定稿 */
  status: string
}

export interface DistrictSummary {
  districtId: string
  districtName: string
  year: number
  rows: SummaryRow[]
  totals: { projects: number; budget: number | string | null; executed: number | string | null; ratePercent: number | string | null }
  /** label → projects, in the printed order (优秀, 良好, 中, 差, 未评分) */
  gradeDistribution: Record<string, number>
}

export type SummaryFormat = 'xlsx' | 'pdf'

export function summaryUrl(districtId: string, year: number, format?: SummaryFormat): string {
  const base = `/api/reports/districts/${encodeURIComponent(districtId)}/summary`
  return `${base}${format ? `/${format}` : ''}?year=${year}`
}

export function fetchSummary(districtId: string, year: number): Promise<DistrictSummary> {
  return http.get<DistrictSummary>(summaryUrl(districtId, year))
}

export function downloadSummary(districtId: string, name: string, year: number, format: SummaryFormat): Promise<void> {
  return download(summaryUrl(districtId, year, format), `${name}${year}年度项目支出绩效自评汇总.${format}`)
}

/** 执行率 in hundredths of a percent, half up, from exact fen; none without a budget above 0. */
export function rateOf(executed: Fen, budget: Fen): Hundredths | undefined {
  if (budget <= 0n) return undefined
  // executed / budget × 100 %, in hundredths: × 10,000; half up on the absolute value
  const scaled = executed * 10000n
  const negative = scaled < 0n
  const abs = negative ? -scaled : scaled
  const rounded = (abs * 2n + budget) / (budget * 2n)
  return negative ? -rounded : rounded
}

export interface StreetSubtotal {
  streetName: string
  projects: number
  budget: Fen
  executed: Fen
  rate: Hundredths | undefined
  /** projects per grade label, 未评分 for the unscored */
  grades: Record<string, number>
}

export const UNGRADED = '未评分'

/** The rows added up per street, in the order the streets first appear (the service orders by street). */
export function byStreet(rows: SummaryRow[]): StreetSubtotal[] {
  const streets = new Map<string, SummaryRow[]>()
  for (const row of rows) {
    const held = streets.get(row.streetName)
    if (held) held.push(row)
    else streets.set(row.streetName, [row])
  }
  return [...streets].map(([streetName, own]) => {
    const budget = sumFen(own.map((r) => r.budget))
    const executed = sumFen(own.map((r) => r.executed))
    const grades: Record<string, number> = {}
    for (const r of own) {
      const label = r.gradeLabel ?? UNGRADED
      grades[label] = (grades[label] ?? 0) + 1
    }
    return { streetName, projects: own.length, budget, executed, rate: rateOf(executed, budget), grades }
  })
}

/** How many projects stand at each status, in the order statuses first appear. */
export function byStatus(rows: SummaryRow[]): Array<{ status: string; projects: number }> {
  const counts = new Map<string, number>()
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1)
  return [...counts].map(([status, projects]) => ({ status, projects }))
}

/** Each grade's share of all projects in hundredths of a percent, half up. */
export function shareOf(projects: number, all: number): Hundredths | undefined {
  return all > 0 ? rateOf(BigInt(projects), BigInt(all)) : undefined
}
