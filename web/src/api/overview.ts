import type { LocationQuery, LocationQueryValue } from 'vue-router'
import { http } from './http'
import type { EvaluationStatus, Grade } from './evaluations'
import { STATUS_LABELS } from './evaluations'
import { toPoints } from '@/format/points'

/**
 * evaluation-service's 全区概览 (GET /api/evaluations/overview, DistrictOverview): every project's latest evaluation
 * round in the caller's district, sorted, filtered and paged on the server, with totals over the whole scope.
 * Amounts are 元 as JSON numbers and go through format/money.ts only; scores and rates through format/points.ts.
 *
 * The page's state (year, filters, sort, page) lives in the address: {@link readQuery} and {@link writeQuery} are the
 * one mapping between the two, {@link overviewUrl} the one mapping to the API's parameters.
 */
export type MonitoringLight = 'RED' | 'YELLOW' | 'GREEN'
export type LightFilter = MonitoringLight | 'NONE'
export type GradeFilter = Grade | '未评分'

export interface InYearMonitoring {
  month: number
  spentToDate: number | string | null
  progress: number | string | null
  light: MonitoringLight
  lightLabel: string
}

export interface OverviewRow {
  evaluationId: string
  projectId: string
  streetId: string
  projectCode: string
  projectName: string
  round: number
  status: EvaluationStatus
  budget: number | string | null
  executed: number | string | null
  executionRate: number | string | null
  selfScore: number | string | null
  selfGrade: Grade | null
  reviewScore: number | string | null
  reviewGrade: Grade | null
  grade: Grade | null
  monitoring: InYearMonitoring | null
}

export interface OverviewSummary {
  projects: number
  budget: number | string | null
  executed: number | string | null
  executionRate: number | string | null
  gradeDistribution: Array<{ grade: string; projects: number }>
  /** newer services only */
  statusCounts?: Array<{ status: EvaluationStatus; projects: number }>
  /** newer services only */
  lightCounts?: Array<{ light: LightFilter; label: string; projects: number }>
}

export interface DistrictOverview {
  districtId: string
  year: number
  monitoringMonth: number | null
  page: number
  size: number
  sort: string
  /** rows matching the filters (newer services); older ones answer without it */
  total?: number
  rows: OverviewRow[]
  summary: OverviewSummary
}

/** The columns the server sorts by, as the `sort` parameter names them. */
export const SORT_KEYS = [
  'street', 'projectCode', 'projectName', 'status', 'budget', 'executed', 'rate', 'score', 'reviewScore', 'grade', 'light',
] as const
export type SortKey = (typeof SORT_KEYS)[number]

export const PAGE_SIZES = [20, 50, 100] as const
export const GRADES: GradeFilter[] = ['优', '良', '中', '差', '未评分']
export const LIGHTS: Array<{ light: LightFilter; label: string }> = [
  { light: 'RED', label: '红灯' },
  { light: 'YELLOW', label: '黄灯' },
  { light: 'GREEN', label: '绿灯' },
  { light: 'NONE', label: '无' },
]

/** What the page shows, as the address holds it. `page` counts from 1 as people do; the API counts from 0. */
export interface OverviewQuery {
  year?: number
  sort?: string
  page: number
  size: number
  streetId?: string
  status: EvaluationStatus[]
  grade: GradeFilter[]
  light: LightFilter[]
  /** 分数区间 as typed, exact hundredths (e.g. "85.5") */
  minScore?: string
  maxScore?: string
  q?: string
}

/** The part of the state the filter form sets. */
export type Filters = Pick<OverviewQuery, 'streetId' | 'status' | 'grade' | 'light' | 'minScore' | 'maxScore' | 'q'>

function one(value: LocationQueryValue | LocationQueryValue[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

function list<T extends string>(value: LocationQueryValue | LocationQueryValue[] | undefined, allowed: readonly T[]): T[] {
  const values = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
  return allowed.filter((a) => values.includes(a))
}

function whole(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number.parseInt(value, 10) : undefined
}

/** A score bound the server can take: at most two decimals, 0 to 100. */
export function scoreBound(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined
  const points = toPoints(value.trim())
  if (points === undefined || points < 0n || points > 10000n) return undefined
  return value.trim()
}

/** A sort the server knows (key or key,asc|desc), else none (the server's default order: street, then code). */
export function sortOf(value: string | undefined): string | undefined {
  if (!value) return undefined
  const [key, direction, more] = value.split(',')
  if (more !== undefined || !(SORT_KEYS as readonly string[]).includes(key)) return undefined
  if (direction === undefined) return `${key},asc`
  return direction === 'asc' || direction === 'desc' ? `${key},${direction}` : undefined
}

export function readQuery(query: LocationQuery): OverviewQuery {
  const size = whole(one(query.size))
  return {
    year: whole(one(query.year)),
    sort: sortOf(one(query.sort)),
    page: Math.max(1, whole(one(query.page)) ?? 1),
    size: size !== undefined && (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0],
    streetId: one(query.streetId),
    status: list(query.status, Object.keys(STATUS_LABELS) as EvaluationStatus[]),
    grade: list(query.grade, GRADES),
    light: list(query.light, LIGHTS.map((l) => l.light)),
    minScore: scoreBound(one(query.minScore)),
    maxScore: scoreBound(one(query.maxScore)),
    q: one(query.q),
  }
}

/** The address of a state: only what differs from the defaults, lists comma-joined, so a shared link stays short. */
export function writeQuery(o: OverviewQuery): Record<string, string> {
  const query: Record<string, string> = {}
  if (o.year !== undefined) query.year = String(o.year)
  if (o.streetId) query.streetId = o.streetId
  if (o.status.length) query.status = o.status.join(',')
  if (o.grade.length) query.grade = o.grade.join(',')
  if (o.light.length) query.light = o.light.join(',')
  if (o.minScore) query.minScore = o.minScore
  if (o.maxScore) query.maxScore = o.maxScore
  if (o.q?.trim()) query.q = o.q.trim()
  if (o.sort) query.sort = o.sort
  if (o.page > 1) query.page = String(o.page)
  if (o.size !== PAGE_SIZES[0]) query.size = String(o.size)
  return query
}

/** The API's request for a state (page from 0, lists as the comma lists the service reads). */
export function overviewUrl(o: OverviewQuery & { year: number }): string {
  const params = new URLSearchParams()
  params.set('year', String(o.year))
  if (o.sort) params.set('sort', o.sort)
  params.set('page', String(o.page - 1))
  params.set('size', String(o.size))
  if (o.streetId) params.set('streetId', o.streetId)
  if (o.status.length) params.set('status', o.status.join(','))
  if (o.grade.length) params.set('grade', o.grade.join(','))
  if (o.light.length) params.set('light', o.light.join(','))
  if (o.minScore) params.set('minScore', o.minScore)
  if (o.maxScore) params.set('maxScore', o.maxScore)
  if (o.q?.trim()) params.set('q', o.q.trim())
  return `/api/evaluations/overview?${params}`
}

export type TableOrder = 'ascending' | 'descending' | null

/** el-table's sort-change (column prop = sort key) → the `sort` parameter; none when the column's sort is cleared. */
export function sortFromTable(prop: string | null | undefined, order: TableOrder): string | undefined {
  if (!prop || !order) return undefined
  return sortOf(`${prop},${order === 'descending' ? 'desc' : 'asc'}`)
}

/** The `sort` parameter → el-table's default-sort, so the header shows the order the rows are in. */
export function sortToTable(sort: string | undefined): { prop: string; order: 'ascending' | 'descending' } | undefined {
  const known = sortOf(sort)
  if (!known) return undefined
  const [prop, direction] = known.split(',')
  return { prop, order: direction === 'desc' ? 'descending' : 'ascending' }
}

/** Rows matching the filters: `total` from newer services, else every project of the scope (older ones filter nothing). */
export function totalOf(overview: DistrictOverview): number {
  return overview.total ?? overview.summary.projects
}

export function fetchOverview(o: OverviewQuery & { year: number }, signal?: AbortSignal): Promise<DistrictOverview> {
  return http.get<DistrictOverview>(overviewUrl(o), { signal })
}

/**
 * The latest budget year with any project, looked for from next year back (a project is registered ahead of its year)
 * with the smallest page; the first year that has one, else this year. Empty years answer at once. Used by the
 * district's pages when the address names no year.
 */
export async function latestYearWithData(today = new Date(), back = 6): Promise<number> {
  const current = today.getFullYear()
  for (let year = current + 1; year >= current + 1 - back; year--) {
    // a failure is said, not passed over: skipping a year the service could not answer for would show the wrong one
    const found = await http.get<DistrictOverview>(`/api/evaluations/overview?year=${year}&page=0&size=1`)
    if (found.summary.projects > 0) return year
  }
  return current
}
