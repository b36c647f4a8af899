import { http } from './http'
import type { Dimension, Direction, TemplatePart } from './indicators'

/**
 * evaluation-service as the 自评 page reads it: the self-evaluation (SelfEvaluationView), its score with the arithmetic
 * of every line (ScoreView), the template that scores it, and the street's own steps (self-assessment, submission).
 * Field names are the services' JSON; amounts come as JSON numbers in 元 and go through format/money.ts only.
 */
export type Grade = '优' | '良' | '中' | '差'
export type EvaluationStatus = 'DRAFT' | 'SUBMITTED' | 'UNDER_REVIEW' | 'RETURNED' | 'APPROVED' | 'FINALIZED'

export const STATUS_LABELS: Record<EvaluationStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  UNDER_REVIEW: '复核中',
  RETURNED: '已退回',
  APPROVED: '已通过',
  FINALIZED: '已定稿',
}

export interface TemplateRef {
  id: string
  version: number
}

/** The street's judgement of one indicator (IndicatorAssessment). */
export interface IndicatorAssessment {
  indicatorId: string
  grade: string | null
  score: number | string | null
  notApplicable: boolean
  notApplicableReason: string | null
}

export interface SelfAssessment {
  indicators: IndicatorAssessment[]
  executionExplanation: string | null
}

/** Which revision of the project's data the score reflects (ScoreReflects); each part empty until it arrived. */
export interface ScoreReflects {
  budgetRevision: number | null
  ledgerRevision: number | null
  ledgerRecordedAt: string | null
  executionSummaryRevision: number | null
  indicatorsRevision: number | null
  actualsRevision: number | null
}

export interface Evaluation {
  id: string
  projectId: string
  round: number
  status: EvaluationStatus
  selfAssessment: SelfAssessment | null
  template: TemplateRef | null
  version: number
  total: number | null
  grade: Grade | null
  scoredAt?: string | null
  reflects?: ScoreReflects | null
  projectDataChangedSinceScored?: boolean
  /** the district's side (SelfEvaluationView); absent in older answers and test fixtures */
  districtId?: string
  tenantId?: string
  projectCode?: string
  projectName?: string
  year?: number
  openedAt?: string
  reviewScores?: ReviewScore[]
  reviewTotal?: number | string | null
  reviewGrade?: Grade | null
  history?: HistoryEntry[]
}

/** The steps of the workflow as evaluation-service names them (WorkflowStep). */
export type WorkflowStep =
  | 'SELF_ASSESS'
  | 'SUBMIT'
  | 'START_REVIEW'
  | 'REVIEW_SCORE'
  | 'RETURN'
  | 'APPROVE'
  | 'FINALIZE'
  | 'CHOOSE_TEMPLATE'
  | 'REOPEN'

export const STEP_LABELS: Record<WorkflowStep, string> = {
  SELF_ASSESS: '自评',
  SUBMIT: '提交',
  START_REVIEW: '开始复核',
  REVIEW_SCORE: '复核评分',
  RETURN: '退回',
  APPROVE: '通过',
  FINALIZE: '定稿',
  CHOOSE_TEMPLATE: '选定计分模板',
  REOPEN: '重新开启',
}

/** One step taken (HistoryEntry): never changed afterwards. */
export interface HistoryEntry {
  step: WorkflowStep | string
  from: EvaluationStatus
  to: EvaluationStatus
  actor: string
  at: string
  comment: string | null
}

/** GET …/history: every round of the project, first one first, each with its steps. */
export interface EvaluationHistory {
  projectId: string
  rounds: Array<{
    evaluationId: string
    round: number
    status: EvaluationStatus
    openedAt: string
    total: number | null
    grade: Grade | null
    reviewTotal: number | null
    reviewGrade: Grade | null
    steps: HistoryEntry[]
  }>
}

/** PUT …/review-scores: the 复核分 of one line (SetReviewScore); no indicatorId for the 预算执行率 line. */
export interface SetReviewScore {
  version: number
  indicatorId: string | null
  /** points as text with at most two decimals ("35.00"), never through a float */
  score: string
  reason: string
}

/** The district's steps that move the status; each is a POST with the version read (TakeStep). */
export type ReviewStep = 'start-review' | 'return' | 'approve' | 'finalize' | 'reopen'

export interface ExecutionScore {
  fullYearBudget: number | string | null
  executed: number | string | null
  ratePercent: number | null
  weight: number
  score: number
  explanation: string
}

export interface IndicatorScore {
  indicatorId: string
  dimension: Dimension
  name: string
  weight: number
  scaledWeight: number
  score: number
  notApplicable: boolean
  explanation: string
}

export interface PartSubtotal {
  category: 'OUTPUT' | 'EFFECT' | 'SATISFACTION' | 'COST'
  weight: number
  scaledWeight: number
  score: number
}

export type BlockingKind =
  | 'DEVIATION_NOTE_MISSING'
  | 'EXECUTION_EXPLANATION_MISSING'
  | 'ACTUAL_NOT_REPORTED'
  | 'QUALITATIVE_NOT_GRADED'
  | 'BUDGET_NOT_SET'
  | 'WEIGHTS_DO_NOT_MATCH_TEMPLATE'
  | 'WEIGHT_MISSING'
  | 'TARGET_MISSING'
  | 'INDICATOR_NOT_SCORABLE'
  | 'UNITS_DIFFER'
  | 'TEXT_ACTUAL_NOT_JUDGED'
  | 'QUALITATIVE_SCORE_OUTSIDE_BAND'

/** Something that must be entered before submission (BlockingItem in the score, Item in the 422 refusal). */
export interface BlockingItem {
  kind: BlockingKind | string
  indicatorId: string | null
  /** the score's wording */
  message?: string
  /** the refusal's wording */
  zh?: string
}

export interface ReviewScore {
  indicatorId: string | null
  score: number
  reason: string
  reviewer: string
  at: string
}

export interface Score {
  evaluationId: string
  template: TemplateRef | null
  total: number | null
  grade: Grade | null
  gradeLabel: string | null
  execution: ExecutionScore | null
  indicators: IndicatorScore[]
  parts: PartSubtotal[]
  blockingItems: BlockingItem[]
  explanationLines: string[]
  notScoredBecause: string | null
  reviewScores: ReviewScore[]
  reviewTotal: number | null
  reviewGrade: Grade | null
  /** present once evaluation-service says when it recomputed the score */
  scoredAt?: string | null
  reflects?: ScoreReflects | null
  projectDataChangedSinceScored?: boolean
}

/** One grade of the template's 定性 scale with its band in percent of the indicator's 分值 (QualitativeBand). */
export interface QualitativeBand {
  grade: string
  label: string
  fromPercent: number
  toPercent: number
}

export interface Template {
  id: string
  version: number
  name: string
  parts: Array<{ part: TemplatePart; weight: number }>
  defaultDirection?: Direction
  gradeBands?: { bands: Array<{ grade: Grade; minimumTotal: number; label: string }> }
  qualitativeBands?: { bands: QualitativeBand[] }
  deviationNotes?: { indicatorBelowPercentOfWeight: number; executionRateBelowPercent: number }
}

/** PUT …/self-assessment: the whole assessment, replacing the one before, on the version read. */
export interface AssessSelf {
  version: number
  indicators: IndicatorAssessment[]
  executionExplanation: string | null
}

const evaluation = (id: string) => `/api/evaluations/${encodeURIComponent(id)}`

export const evaluationsApi = {
  get: (id: string) => http.get<Evaluation>(evaluation(id)),
  score: (id: string) => http.get<Score>(`${evaluation(id)}/score`),
  template: (ref: TemplateRef) =>
    http.get<Template>(`/api/templates/${encodeURIComponent(ref.id)}/versions/${ref.version}`),
  assess: (id: string, request: AssessSelf) => http.put<Evaluation>(`${evaluation(id)}/self-assessment`, request),
  submit: (id: string, version: number, comment?: string) =>
    http.post<Evaluation>(`${evaluation(id)}/submit`, { version, comment: comment || undefined }),
  /** the district's steps; a 409 (ApiProblem.conflict) means the evaluation moved since it was read */
  step: (id: string, step: ReviewStep, version: number, comment?: string) =>
    http.post<Evaluation>(`${evaluation(id)}/${step}`, { version, comment: comment?.trim() || undefined }),
  setReviewScore: (id: string, request: SetReviewScore) => http.put<Evaluation>(`${evaluation(id)}/review-scores`, request),
  history: (id: string) => http.get<EvaluationHistory>(`${evaluation(id)}/history`),
}
