import type { EvaluationStatus, ReviewScore, ReviewStep, Score } from '@/api/evaluations'
import { formatPoints, toPoints } from '@/format/points'

/**
 * The client-side rules of the district's review: which step the reviewer is offered in which status (WorkflowStep
 * of evaluation-service is the one source; this only mirrors it so no refused step is offered), what each step that
 * cannot be undone asks before it is taken, and what a 复核分 must satisfy before it is sent.
 */

/** The queue's tabs: the statuses that wait for, or went through, the district. */
export const QUEUE_TABS: Array<{ status: EvaluationStatus; label: string }> = [
  { status: 'SUBMITTED', label: '待复核' },
  { status: 'UNDER_REVIEW', label: '复核中' },
  { status: 'APPROVED', label: '已通过待定稿' },
  { status: 'RETURNED', label: '已退回' },
  { status: 'FINALIZED', label: '已定稿' },
]

export interface ReviewAction {
  step: ReviewStep
  label: string
  testid: string
  /** the primary action of the status */
  primary?: boolean
  /** a dialog asks for the comments (退回) instead of a confirmation */
  needsComment?: boolean
}

const START: ReviewAction = { step: 'start-review', label: '开始复核', testid: 'review-start', primary: true }
const RETURN: ReviewAction = { step: 'return', label: '退回街道', testid: 'review-return', needsComment: true }
const APPROVE: ReviewAction = { step: 'approve', label: '复核通过', testid: 'review-approve', primary: true }
const FINALIZE: ReviewAction = { step: 'finalize', label: '定稿', testid: 'review-finalize', primary: true }
const REOPEN: ReviewAction = { step: 'reopen', label: '重新开启', testid: 'review-reopen' }

/**
 * The steps offered in a status, to whoever may review (session.canReview: never an auditor); nobody else is offered
 * any. A draft or a returned evaluation is the street's: the district waits.
 */
export function actionsFor(status: EvaluationStatus | undefined, canReview: boolean): ReviewAction[] {
  if (!canReview || !status) return []
  switch (status) {
    case 'SUBMITTED':
      return [START]
    case 'UNDER_REVIEW':
      return [APPROVE, RETURN]
    case 'APPROVED':
      return [FINALIZE]
    case 'FINALIZED':
      return [REOPEN]
    default:
      return []
  }
}

/** Whether 复核分 may be entered: under review, by a reviewer. */
export const scoresEditable = (status: EvaluationStatus | undefined, canReview: boolean) =>
  canReview && status === 'UNDER_REVIEW'

/** What a step that cannot be undone asks first: the box's title, text and confirm button. */
export function confirmationOf(step: Exclude<ReviewStep, 'return'>, total: string): { title: string; message: string; confirm: string } {
  switch (step) {
    case 'start-review':
      return {
        title: '开始复核',
        message: '开始复核后，街道不能再撤回或修改本次自评，直至区财政退回。确认开始复核？',
        confirm: '开始复核',
      }
    case 'approve':
      return {
        title: '复核通过',
        message: `通过后不能再设置复核分或退回，只能定稿。当前得分 ${total} 分。确认复核通过？`,
        confirm: '确认通过',
      }
    case 'finalize':
      return {
        title: '定稿',
        message: '定稿后本轮自评及得分不能再作任何修改，系统将自动生成正式报告并存档。确认定稿？',
        confirm: '确认定稿',
      }
    case 'reopen':
      return {
        title: '重新开启',
        message: '将以最新的项目数据开启新一轮自评草稿，交由街道重新填报；已定稿的本轮保持不变。确认重新开启？',
        confirm: '确认重新开启',
      }
  }
}

/** The shortest comment a return may carry: the street must learn what to change. */
export const RETURN_COMMENT_MIN = 5
export const RETURN_COMMENT_MAX = 2000

export function returnCommentProblem(comment: string): string {
  const text = comment.trim()
  if (!text) return '请填写退回意见，说明街道须修改的内容'
  if ([...text].length < RETURN_COMMENT_MIN) return `退回意见至少 ${RETURN_COMMENT_MIN} 个字，请写明须修改的内容`
  if ([...text].length > RETURN_COMMENT_MAX) return `退回意见不超过 ${RETURN_COMMENT_MAX} 字`
  return ''
}

/** One line of the score card the reviewer may score: 预算执行率 (no indicator) or an indicator. */
export interface ReviewableLine {
  /** 'execution' or the indicator's id, as ScoreLines keys its rows */
  key: string
  indicatorId: string | null
  name: string
  /** the line's 分值: the most a 复核分 may be */
  weight: number | string
  /** the street's self-score */
  score: number | string
  notApplicable: boolean
}

export const EXECUTION_KEY = 'execution'

/** The lines of a score a reviewer may score, in the card's order (a line not applicable is scored by nobody). */
export function reviewableLines(score: Score): ReviewableLine[] {
  const lines: ReviewableLine[] = []
  if (score.execution) {
    lines.push({
      key: EXECUTION_KEY, indicatorId: null, name: '预算执行率', weight: score.execution.weight,
      score: score.execution.score, notApplicable: false,
    })
  }
  for (const line of score.indicators) {
    lines.push({
      key: line.indicatorId, indicatorId: line.indicatorId, name: line.name,
      weight: line.notApplicable ? line.weight : line.scaledWeight, score: line.score, notApplicable: line.notApplicable,
    })
  }
  return lines
}

/** The reviewer's 复核分 of a line, if set. */
export function reviewOf(reviews: ReviewScore[] | undefined, key: string): ReviewScore | undefined {
  return (reviews ?? []).find((r) => (key === EXECUTION_KEY ? r.indicatorId === null : r.indicatorId === key))
}

/** What the reviewer typed for a line: empty score = no change to send. */
export interface LineDraft {
  score: string
  reason: string
}

/** The draft of every line, from the 复核分 already set (or empty). */
export function draftsOf(lines: ReviewableLine[], reviews: ReviewScore[] | undefined): Record<string, LineDraft> {
  return Object.fromEntries(
    lines.map((line) => {
      const review = reviewOf(reviews, line.key)
      return [line.key, { score: review ? formatPoints(review.score) : '', reason: review?.reason ?? '' }]
    }),
  )
}

/**
 * Why a line's 复核分 cannot be sent; empty when it can (or when nothing is typed). 0 ≤ 复核分 ≤ the line's 分值 with at
 * most two decimals; a reason is required whenever it differs from the self-score (the service requires one always,
 * so a 复核分 equal to the self-score is sent with 「与自评分一致」 when no reason was written).
 */
export function reviewScoreProblem(line: ReviewableLine, draft: LineDraft): string {
  const typed = draft.score.trim()
  if (typed === '') return draft.reason.trim() ? '请填写复核分' : ''
  if (!/^\d+(\.\d{1,2})?$/.test(typed)) return '复核分须为不小于 0、最多两位小数的数字'
  const points = toPoints(typed)
  const weight = toPoints(line.weight)
  if (points === undefined) return '复核分须为不小于 0、最多两位小数的数字'
  if (weight !== undefined && points > weight) return `复核分应在 0 至 ${formatPoints(weight)} 分之间`
  const self = toPoints(line.score)
  if (points !== self && !draft.reason.trim()) return '复核分与自评分不同，请说明理由'
  if ([...draft.reason.trim()].length > 1000) return '复核理由不超过 1000 字'
  return ''
}

export const SAME_AS_SELF = '与自评分一致'

/**
 * The lines whose draft differs from what is stored, as the requests that save them; a line left empty is not sent
 * (a 复核分 once set is replaced, never removed).
 */
export function changedLines(
  lines: ReviewableLine[],
  drafts: Record<string, LineDraft>,
  reviews: ReviewScore[] | undefined,
): Array<{ line: ReviewableLine; score: string; reason: string }> {
  const changed: Array<{ line: ReviewableLine; score: string; reason: string }> = []
  for (const line of lines) {
    const draft = drafts[line.key]
    if (!draft || draft.score.trim() === '') continue
    const points = toPoints(draft.score.trim())
    if (points === undefined) continue
    const stored = reviewOf(reviews, line.key)
    const reason = draft.reason.trim() || SAME_AS_SELF
    if (stored && toPoints(stored.score) === points && stored.reason === reason) continue
    changed.push({ line, score: formatPoints(points), reason })
  }
  return changed
}
