import { http } from './http'

/**
 * 整改 (rectification) as project-service answers it (cn.jixiao.project.rectification): an item is opened from a
 * finding (a targets or self-evaluation return, a 复核 deduction, a monitoring round's red line, a ledger's 审计线索) or by the district's
 * overseer by hand; the street's editor or approver answers it with its measures (and entries of the project's evidence
 * register), the overseer confirms it or sends it back with a comment, and the street answers again. Overdue is the
 * service's: past the deadline (a day in Beijing) and not confirmed. Every step sends the version read: 409 when it
 * moved meanwhile.
 */
export type RectificationState = 'OPEN' | 'MEASURES_SUBMITTED' | 'CONFIRMED'
export type RectificationSource = 'TARGETS_RETURN' | 'EVALUATION_RETURN' | 'REVIEW_DEDUCTION' | 'MONITORING_RED' | 'RED_FLAG' | 'MANUAL'

export const RECTIFICATION_STATES: RectificationState[] = ['OPEN', 'MEASURES_SUBMITTED', 'CONFIRMED']

/** the service's labels (RectificationState), for a filter offered before any item is read */
export const RECTIFICATION_STATE_LABELS: Record<RectificationState, string> = {
  OPEN: '待整改',
  MEASURES_SUBMITTED: '已提交整改措施',
  CONFIRMED: '整改已确认',
}

export const RECTIFICATION_STATE_TAGS: Record<RectificationState, 'warning' | 'primary' | 'success'> = {
  OPEN: 'warning',
  MEASURES_SUBMITTED: 'primary',
  CONFIRMED: 'success',
}

export interface Rectification {
  id: string
  projectId: string
  streetId: string
  projectCode: string
  year: number
  finding: string
  source: RectificationSource
  sourceLabel: string
  /** an indicator, a round, a step; null for an item entered by hand */
  reference: string | null
  /** yyyy-mm-dd */
  deadline: string
  /** the default days an automatic item's deadline was set by; null when entered by hand */
  deadlineDays: number | null
  state: RectificationState
  stateLabel: string
  overdue: boolean
  measures: string | null
  evidenceIds: string[]
  /** the district's comment of its last confirmation or sending back */
  comment: string | null
  openedAt: string
  changedAt: string
  version: number
}

export interface ProjectRectifications {
  projectId: string
  items: Rectification[]
  /** last year's items of the project with the same code and street: still open, or confirmed */
  carriedOver: Rectification[]
}

/** counts per state and OVERDUE, before filtering */
export type RectificationCounts = Partial<Record<RectificationState | 'OVERDUE', number>>

export interface RectificationList {
  year: number
  counts: RectificationCounts
  items: Rectification[]
}

export interface RectificationFilter {
  year?: number
  status?: RectificationState
  overdue?: boolean
  streetId?: string
}

/** the district's two decisions on the street's measures */
export type Decision = 'confirm' | 'send-back'

/** The street answers an item while it is with the street: open, or sent back (open again, with the comment). */
export const awaitsAnswer = (item: Rectification) => item.state === 'OPEN'
/** The district decides an item once the street has answered it. */
export const awaitsDecision = (item: Rectification) => item.state === 'MEASURES_SUBMITTED'
/** Sent back: open again after measures were submitted, with the district's comment to act on. */
export const sentBack = (item: Rectification) => item.state === 'OPEN' && !!item.comment

/** The overdue first, then by deadline, so what is late is read first. */
export function byUrgency(items: Rectification[]): Rectification[] {
  return [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.deadline.localeCompare(b.deadline))
}

export function listQuery(filter: RectificationFilter): string {
  const search = new URLSearchParams()
  if (filter.year !== undefined) search.set('year', String(filter.year))
  if (filter.status) search.set('status', filter.status)
  if (filter.overdue !== undefined) search.set('overdue', String(filter.overdue))
  if (filter.streetId) search.set('streetId', filter.streetId)
  const text = search.toString()
  return text ? `?${text}` : ''
}

const ofProject = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/rectifications`
const item = (projectId: string, id: string) => `${ofProject(projectId)}/${encodeURIComponent(id)}`

export const rectificationsApi = {
  list: (filter: RectificationFilter = {}) => http.get<RectificationList>(`/api/rectifications${listQuery(filter)}`),
  ofProject: (projectId: string) => http.get<ProjectRectifications>(ofProject(projectId)),
  open: (projectId: string, finding: string, deadline: string) =>
    http.post<Rectification>(ofProject(projectId), { finding: finding.trim(), deadline }),
  answer: (projectId: string, id: string, version: number, measures: string, evidenceIds: string[]) =>
    http.post<Rectification>(`${item(projectId, id)}/answer`, { version, measures: measures.trim(), evidenceIds }),
  confirm: (projectId: string, id: string, version: number, comment?: string) =>
    http.post<Rectification>(`${item(projectId, id)}/confirmation`, { version, comment: comment?.trim() || undefined }),
  sendBack: (projectId: string, id: string, version: number, comment: string) =>
    http.post<Rectification>(`${item(projectId, id)}/send-back`, { version, comment: comment.trim() }),
}
