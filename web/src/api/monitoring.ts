import { download, http } from './http'
import type { Dimension } from './indicators'
import type { TargetsState } from './targets'

/**
 * 绩效运行监控 (双监控) as project-service answers it (cn.jixiao.project.monitoring): the district's overseer opens a
 * round, each project's 绩效监控表 in it is prefilled from the ledger, the budget and the targets in force, lit
 * red/yellow/green by rule; the street's editor fills it (the whole form, with the version read: 409 when it moved),
 * its editor or approver submits it (422 listing every red or yellow line without its 偏差原因 or 纠偏措施), the
 * overseer approves or returns it (a return needs a comment).
 */
export type MonitoringState = 'NOT_STARTED' | 'FILLED' | 'SUBMITTED' | 'APPROVED' | 'RETURNED'
/** a form's state, or OVERDUE when past the due date and not handed in (the dashboard's status) */
export type MonitoringStatus = MonitoringState | 'OVERDUE'
export type MonitoringStep = 'SUBMIT' | 'APPROVE' | 'RETURN'
export type Light = 'RED' | 'YELLOW' | 'GREEN'

export const MONITORING_STATUS_LABELS: Record<MonitoringStatus, string> = {
  NOT_STARTED: '未填报',
  FILLED: '填报中',
  SUBMITTED: '已提交',
  APPROVED: '审核通过',
  RETURNED: '已退回',
  OVERDUE: '逾期未提交',
}

/** the dashboard's order of the statuses */
export const MONITORING_STATUSES: MonitoringStatus[] = ['OVERDUE', 'NOT_STARTED', 'FILLED', 'RETURNED', 'SUBMITTED', 'APPROVED']

export const MONITORING_STATUS_TAGS: Record<MonitoringStatus, 'info' | 'warning' | 'danger' | 'success' | 'primary'> = {
  NOT_STARTED: 'info',
  FILLED: 'primary',
  SUBMITTED: 'warning',
  APPROVED: 'success',
  RETURNED: 'danger',
  OVERDUE: 'danger',
}

/** 红/黄/绿 as a tag's colour and text: the colour is never the only sign. */
export const LIGHT_TAGS: Record<Light, { type: 'danger' | 'warning' | 'success'; text: string }> = {
  RED: { type: 'danger', text: '红' },
  YELLOW: { type: 'warning', text: '黄' },
  GREEN: { type: 'success', text: '绿' },
}

export interface MonitoringRound {
  id: string
  name: string
  year: number
  /** yyyy-mm-dd, a month's last day */
  asOf: string
  dueDate: string
  marginPoints: number | string
  openedBy: string
  openedAt: string
}

export interface OpenRound {
  name: string
  asOf: string
  dueDate: string
  marginPoints?: number
}

export interface DashboardRow {
  projectId: string
  streetId: string
  projectCode: string
  projectName: string
  state: MonitoringState
  status: MonitoringStatus
  statusLabel: string
  overdue: boolean
  redLines: number
  yellowLines: number
  version: number | null
}

export interface RoundDashboard {
  round: MonitoringRound
  pastDue: boolean
  counts: Partial<Record<MonitoringStatus, number>>
  redLines: number
  yellowLines: number
  projects: DashboardRow[]
}

export interface SpendingLine {
  executed: number | string | null
  fullYearBudget: number | string | null
  executionRate: number | string | null
  plannedPercent: number | string | null
  /** MONTHLY: the budget's 分月支出计划; LINEAR: month ÷ 12 */
  plan: 'MONTHLY' | 'LINEAR' | string | null
  planNote: string | null
  marginPoints: number | string | null
  behindPoints: number | string | null
  /** null without a budget */
  light: Light | null
  lightLabel: string | null
  rule: string | null
  cause: string | null
  measure: string | null
}

export interface IndicatorLine {
  indicatorId: string
  dimension: Dimension | null
  name: string
  target: string | null
  progress: string | null
  expected: string | null
  light: Light | null
  lightLabel: string | null
  rule: string | null
  cause: string | null
  measure: string | null
}

/** A red or yellow line's missing 偏差原因 (cause) or 纠偏措施 (measure). */
export interface MissingExplanation {
  /** spending or indicator */
  line: 'spending' | 'indicator' | string
  indicatorId: string | null
  lineName: string
  light: Light | null
  field: 'cause' | 'measure' | string
  message: string
  messageEn?: string
}

export interface MonitoringHistoryStep {
  step: MonitoringStep
  stepLabel: string
  from: MonitoringState
  to: MonitoringState
  actor: string
  at: string
  comment: string | null
}

export interface MonitoringForm {
  round: MonitoringRound
  projectId: string
  streetId: string
  projectCode: string
  projectName: string
  /** null before the first save */
  version: number | null
  state: MonitoringState
  stateLabel: string
  overdue: boolean
  targetsState: TargetsState | null
  targetsStateLabel: string | null
  lines: { spending: SpendingLine; indicators: IndicatorLine[] }
  redLines: number
  yellowLines: number
  missing: MissingExplanation[]
  submittable: boolean
  history: MonitoringHistoryStep[]
}

export interface Explanation {
  cause: string | null
  measure: string | null
}

export interface IndicatorEntry extends Explanation {
  indicatorId: string
  progress: string | null
  expected: string | null
}

export interface FillMonitoring {
  version: number | null
  spending: Explanation
  indicators: IndicatorEntry[]
}

/** The whole form as the street saves it: what it shows, blanks as null. */
export function fillOf(form: MonitoringForm): FillMonitoring {
  const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null)
  const { spending, indicators } = form.lines
  return {
    version: form.version,
    spending: { cause: text(spending.cause), measure: text(spending.measure) },
    indicators: indicators.map((line) => ({
      indicatorId: line.indicatorId,
      progress: text(line.progress),
      expected: text(line.expected),
      cause: text(line.cause),
      measure: text(line.measure),
    })),
  }
}

/** A red or yellow line needs its 偏差原因 and 纠偏措施 before the form is submitted. */
export const needsExplanation = (light: Light | null | undefined) => light === 'RED' || light === 'YELLOW'

/** The explanations a refused submission (422 monitoring-deviations-unexplained) lists; none for any other refusal. */
export function refusedMissing(body: Record<string, unknown>): MissingExplanation[] {
  const missing = body.missing
  return Array.isArray(missing) ? (missing as MissingExplanation[]) : []
}

/** The last return's comment, which the street acts on while its form is returned. */
export function lastReturn(form: MonitoringForm): MonitoringHistoryStep | undefined {
  if (form.state !== 'RETURNED') return undefined
  return [...form.history].reverse().find((step) => step.step === 'RETURN')
}

/** 2023-06-30 → 2023年6月30日 */
export function formatDate(date: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '')
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : '—'
}

/** A percentage the service computed (BigDecimal), as it sent it: 45.5 → 45.50% */
export function formatPercent(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const number = Number(value)
  return Number.isFinite(number) ? `${number.toFixed(2)}%` : '—'
}

/** The last day of a month as the service takes it: 2023-06 → 2023-06-30. */
export function monthEnd(month: string): string {
  const [year, mon] = month.split('-').map(Number)
  const day = new Date(Date.UTC(year, mon, 0)).getUTCDate()
  return `${year}-${String(mon).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const rounds = '/api/monitoring/rounds'
const form = (projectId: string, roundId: string) =>
  `/api/projects/${encodeURIComponent(projectId)}/monitoring/${encodeURIComponent(roundId)}`

export const monitoringApi = {
  rounds: () => http.get<MonitoringRound[]>(rounds),
  open: (request: OpenRound) => http.post<MonitoringRound>(rounds, request),
  dashboard: (roundId: string) => http.get<RoundDashboard>(`${rounds}/${encodeURIComponent(roundId)}`),
  form: (projectId: string, roundId: string) => http.get<MonitoringForm>(form(projectId, roundId)),
  fill: (projectId: string, roundId: string, request: FillMonitoring) => http.put<MonitoringForm>(form(projectId, roundId), request),
  submit: (projectId: string, roundId: string, version: number | null) =>
    http.post<MonitoringForm>(`${form(projectId, roundId)}/submission`, { version }),
  approve: (projectId: string, roundId: string, version: number | null, comment?: string) =>
    http.post<MonitoringForm>(`${form(projectId, roundId)}/approval`, { version, comment: comment?.trim() || undefined }),
  returnToStreet: (projectId: string, roundId: string, version: number | null, comment: string) =>
    http.post<MonitoringForm>(`${form(projectId, roundId)}/return`, { version, comment }),
  /** the last submitted 绩效监控表 as report-service renders it, under the Chinese name it gives the file */
  downloadForm: (projectId: string, roundId: string, format: 'docx' | 'xlsx', projectName: string) =>
    download(`/api/reports/${encodeURIComponent(projectId)}/monitoring/${encodeURIComponent(roundId)}/${format}`,
      `${projectName}绩效运行监控表.${format}`),
}
