import { download, http } from './http'
import type { Dimension, IndicatorInput, IndicatorView } from './indicators'

/**
 * 绩效目标申报与审核 as project-service answers it (cn.jixiao.project.targets): the street submits its 绩效目标表, the
 * district returns it with a comment or approves it; submitted and approved targets are locked. Every step sends the
 * version read (409 when someone changed the tree or took a step meanwhile); a submission the checks refuse answers
 * 422 with every finding.
 */
export type TargetsState = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED'
export type TargetsStep = 'SUBMIT' | 'RETURN' | 'APPROVE'

export const TARGETS_STATE_LABELS: Record<TargetsState, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  RETURNED: '已退回',
  APPROVED: '已批复',
}

/** The tag's colour of each state. */
export const TARGETS_STATE_TAGS: Record<TargetsState, 'info' | 'warning' | 'danger' | 'success'> = {
  DRAFT: 'info',
  SUBMITTED: 'warning',
  RETURNED: 'danger',
  APPROVED: 'success',
}

/** One thing to fix before submitting, and where: the indicator and the field (TargetsFinding). */
export interface TargetsFinding {
  code: string
  /** null when the tree as a whole is meant (no indicators yet) */
  indicatorId: string | null
  indicator: string | null
  dimension: Dimension | null
  /** target 年度指标值, weight 分值, direction 指标方向, indicators 指标体系 */
  field: string
  message: string
  messageEn?: string
}

export interface TargetsHistoryStep {
  step: TargetsStep
  stepLabel: string
  from: TargetsState
  to: TargetsState
  toLabel: string
  actor: string
  at: string
  comment: string | null
  revision: number
}

/** 目标调整: a change of approved targets the street asks for with its reason, decided by the district. */
export type AdjustmentStatus = 'OPEN' | 'APPROVED' | 'RETURNED'

/** One line an adjustment adds, removes or changes (TargetsView.ChangeView). */
export interface TargetsChange {
  kind: 'ADDED' | 'REMOVED' | 'CHANGED'
  kindLabel: string
  indicatorId: string | null
  indicator: string
  dimension: Dimension | null
  /** name, dimension, target, direction, weight, notApplicable */
  fields: string[]
  nameBefore: string | null
  targetBefore: string | null
  targetAfter: string | null
  weightBefore: number | null
  weightAfter: number | null
}

export interface TargetsAdjustment {
  number: number
  status: AdjustmentStatus
  statusLabel: string
  reason: string
  requestedBy: string
  requestedAt: string
  revision: number
  decidedBy: string | null
  decidedAt: string | null
  comment: string | null
  revisionBefore: number | null
  revisionAfter: number | null
  changes: TargetsChange[]
  proposed: IndicatorView[]
}

export interface Targets {
  projectId: string
  /** null before the first definition of the indicators */
  version: number | null
  revision: number
  state: TargetsState
  stateLabel: string
  locked: boolean
  submittable: boolean
  findings: TargetsFinding[]
  history: TargetsHistoryStep[]
  /** approved and no adjustment open: the street may ask for one */
  adjustable?: boolean
  /** the adjustment request awaiting the district, if any */
  adjustment?: TargetsAdjustment | null
  /** every adjustment request, oldest first */
  adjustments?: TargetsAdjustment[]
}

/** A project listed by the state of its targets (TargetsListRow): the district's 目标审核 queue. */
export interface TargetsListRow {
  projectId: string
  streetId: string
  projectCode: string
  projectName: string
  year: number
  state: TargetsState
  stateLabel: string
  /** who took the last step (for a submitted project: who submitted it) and when */
  lastStepBy: string | null
  lastStepAt: string | null
  version: number | null
  /** a 目标调整 request awaits the district: who asked for it and when */
  adjustmentOpen?: boolean
  adjustmentRequestedBy?: string | null
  adjustmentRequestedAt?: string | null
}

export interface TargetsListQuery {
  state: TargetsState
  year?: number
  streetId?: string
  /** only those with (true) or without (false) an adjustment request open */
  adjustmentOpen?: boolean
}

/** The findings a refused submission (422 targets-incomplete) lists; none for any other refusal. */
export function refusedFindings(body: Record<string, unknown>): TargetsFinding[] {
  const findings = body.findings
  return Array.isArray(findings) ? (findings as TargetsFinding[]) : []
}

/** The fields a finding names, as the indicator editor's columns are called. */
export const FIELD_LABELS: Record<string, string> = {
  target: '年度指标值',
  weight: '分值',
  direction: '指标方向',
  indicators: '指标体系',
  name: '三级指标名称',
  dimension: '二级指标',
  notApplicable: '不适用',
}

/**
 * Where the street fixes a finding: the 绩效指标 tab with the indicator and its field, which the editor scrolls to and
 * highlights (?indicator=&field=).
 */
export function findingLink(projectId: string, finding: TargetsFinding) {
  const query: Record<string, string> = { field: finding.field }
  if (finding.indicatorId) query.indicator = finding.indicatorId
  return { path: `/projects/${encodeURIComponent(projectId)}/indicators`, query }
}

/** The last return's comment, which the street must act on while its targets are returned. */
export function lastReturn(targets: Targets): TargetsHistoryStep | undefined {
  if (targets.state !== 'RETURNED') return undefined
  return [...targets.history].reverse().find((step) => step.step === 'RETURN')
}

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/targets`

export const targetsApi = {
  get: (projectId: string) => http.get<Targets>(base(projectId)),
  submit: (projectId: string, version: number | null) => http.post<Targets>(`${base(projectId)}/submission`, { version }),
  returnToStreet: (projectId: string, version: number | null, comment: string) =>
    http.post<Targets>(`${base(projectId)}/return`, { version, comment }),
  approve: (projectId: string, version: number | null, comment?: string) =>
    http.post<Targets>(`${base(projectId)}/approval`, { version, comment: comment?.trim() || undefined }),
  /** 目标调整: the reason and the whole proposed tree, in the shape of PUT …/indicators */
  requestAdjustment: (projectId: string, version: number | null, reason: string, indicators: IndicatorInput[]) =>
    http.post<Targets>(`${base(projectId)}/adjustments`, { version, reason, indicators }),
  approveAdjustment: (projectId: string, version: number | null, comment?: string) =>
    http.post<Targets>(`${base(projectId)}/adjustments/approval`, { version, comment: comment?.trim() || undefined }),
  returnAdjustment: (projectId: string, version: number | null, comment: string) =>
    http.post<Targets>(`${base(projectId)}/adjustments/return`, { version, comment }),
  /**
   * The 绩效目标表 as report-service renders it (项目支出绩效目标申报表): the approved targets and their adjustments, or
   * the submitted or latest tree marked 未批复.
   */
  downloadForm: (projectId: string, format: 'docx' | 'pdf', projectName: string) =>
    download(`/api/reports/${encodeURIComponent(projectId)}/targets/${format}`, `${projectName}绩效目标表.${format}`),
  list: (query: TargetsListQuery) => {
    const params = new URLSearchParams({ state: query.state })
    if (query.year) params.set('year', String(query.year))
    if (query.streetId) params.set('streetId', query.streetId)
    if (query.adjustmentOpen !== undefined) params.set('adjustmentOpen', String(query.adjustmentOpen))
    return http.get<TargetsListRow[]>(`/api/projects/targets?${params}`)
  },
}
