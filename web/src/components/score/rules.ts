import { formatPoints, toPoints, type Hundredths } from '@/format/points'
import type { BlockingItem, IndicatorAssessment, QualitativeBand, ScoreReflects } from '@/api/evaluations'

/**
 * The client-side rules of the 自评 page: where each blocking item is fixed, the points a 定性 grade allows, and how
 * the score's freshness is told. Points are held as whole hundredths in a BigInt, as amounts are held in fen, so a
 * band such as 分值 5 × 80% is 4.00 exactly and never 3.9999999.
 */

/** Where a clerk fixes one blocking item: another page of the project, or a field on this page. */
export interface FixLink {
  label: string
  /** a page of the project (router location) … */
  to?: { path: string; query?: Record<string, string> }
  /** … or the id of a field on the 自评 page */
  field?: string
}

const ON_INDICATORS = new Set([
  'DEVIATION_NOTE_MISSING',
  'ACTUAL_NOT_REPORTED',
  'WEIGHT_MISSING',
  'TARGET_MISSING',
  'INDICATOR_NOT_SCORABLE',
  'UNITS_DIFFER',
  'WEIGHTS_DO_NOT_MATCH_TEMPLATE',
])
const ON_THIS_PAGE = new Set(['QUALITATIVE_NOT_GRADED', 'TEXT_ACTUAL_NOT_JUDGED', 'QUALITATIVE_SCORE_OUTSIDE_BAND'])

/** The id of the grade field of an indicator on the 自评 page, the target of its blocking items' links. */
export const gradeFieldId = (indicatorId: string) => `grade-${indicatorId}`
export const EXECUTION_EXPLANATION_FIELD = 'execution-explanation'

/**
 * The places that fix an item, the first being where it is usually fixed. A satisfaction indicator's missing actual
 * comes from the survey; a low execution rate is explained here, or the ledger was not entered yet.
 */
export function fixesOf(item: BlockingItem, projectId: string, dimensionOf: (indicatorId: string) => string | undefined): FixLink[] {
  const page = (path: string) => `/projects/${projectId}/${path}`
  const indicators = (): FixLink => ({
    label: '绩效指标',
    to: item.indicatorId ? { path: page('indicators'), query: { indicator: item.indicatorId } } : { path: page('indicators') },
  })
  if (item.kind === 'ACTUAL_NOT_REPORTED' && item.indicatorId && dimensionOf(item.indicatorId) === 'BENEFICIARY_SATISFACTION') {
    return [{ label: '满意度调查', to: { path: page('survey') } }, indicators()]
  }
  if (ON_INDICATORS.has(item.kind)) return [indicators()]
  if (ON_THIS_PAGE.has(item.kind) && item.indicatorId) return [{ label: '定性评定', field: gradeFieldId(item.indicatorId) }]
  if (item.kind === 'EXECUTION_EXPLANATION_MISSING') {
    return [{ label: '填写说明', field: EXECUTION_EXPLANATION_FIELD }, { label: '支出明细', to: { path: page('ledger') } }]
  }
  if (item.kind === 'BUDGET_NOT_SET') return [{ label: '预算', to: { path: page('budget') } }]
  return [indicators()]
}

/** The item's wording: the score says `message`, the submission refusal `zh`. */
export const itemText = (item: BlockingItem) => item.message ?? item.zh ?? ''


const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b

/**
 * The points a grade allows for an indicator of the given 分值: from fromPercent (inclusive) to toPercent, exclusive
 * unless it is 100% (full marks), in hundredths of a point. Undefined when the weight or band cannot be read.
 */
export function bandPoints(band: QualitativeBand, weight: number | string): { min: Hundredths; max: Hundredths } | undefined {
  const w = toPoints(weight)
  const from = toPoints(band.fromPercent)
  const to = toPoints(band.toPercent)
  if (w === undefined || from === undefined || to === undefined) return undefined
  // w (hundredths of a point) × percent (hundredths of a percent) / 100% = hundredths × 10,000
  const scale = 10000n
  const min = ceilDiv(w * from, scale)
  const top = to === 10000n
  const max = top ? (w * to) / scale : ceilDiv(w * to, scale) - 1n
  return { min, max }
}

/** 「4.00 ～ 5.00 分（分值的 80%（含）至 100%（含））」 as a clerk reads a band */
export function describeBand(band: QualitativeBand, weight: number | string): string {
  const points = bandPoints(band, weight)
  const top = Number(band.toPercent) === 100
  const percent = `分值的 ${band.fromPercent}%（含）至 ${band.toPercent}%${top ? '（含）' : '（不含）'}`
  return points ? `${formatPoints(points.min)} ～ ${formatPoints(points.max)} 分（${percent}）` : percent
}

/** Why the points typed do not fit the grade chosen; empty when they do. */
export function pointsProblem(points: string, band: QualitativeBand | undefined, weight: number | string): string {
  if (!band) return '请选择等级'
  if (points.trim() === '') return '请填写得分'
  const h = toPoints(points.trim())
  if (h === undefined || h < 0n) return '得分须为不超过两位小数的数字'
  const range = bandPoints(band, weight)
  if (range && (h < range.min || h > range.max)) {
    return `该等级的得分须在 ${formatPoints(range.min)} 至 ${formatPoints(range.max)} 分之间`
  }
  return ''
}

/**
 * The points first offered for a grade just chosen: full marks for the top grade, else the start of the grade's band
 * (its upper end, such as 15.99, is no figure a clerk would write); they change it within the band.
 */
export function defaultPoints(band: QualitativeBand, weight: number | string): string {
  const range = bandPoints(band, weight)
  if (!range) return ''
  return formatPoints(Number(band.toPercent) === 100 ? range.max : range.min)
}

/**
 * The lines a street grades: 定性 indicators, text actuals on numeric targets awaiting judgement, and any line already
 * graded; in the order of the score card.
 */
export function gradedLines(
  scoreOrder: string[],
  qualitative: Set<string>,
  blocking: BlockingItem[],
  assessed: IndicatorAssessment[],
): string[] {
  const wanted = new Set<string>(qualitative)
  for (const item of blocking) {
    if (item.indicatorId && ON_THIS_PAGE.has(item.kind)) wanted.add(item.indicatorId)
  }
  for (const a of assessed) if (a.grade) wanted.add(a.indicatorId)
  return scoreOrder.filter((id) => wanted.has(id))
}

/** Whether the execution rate needs the written explanation: under the template's threshold (90% by default). */
export function rateNeedsExplanation(ratePercent: number | null | undefined, thresholdPercent = 90): boolean {
  if (ratePercent === null || ratePercent === undefined) return false
  const rate = toPoints(ratePercent)
  const threshold = toPoints(thresholdPercent)
  return rate !== undefined && threshold !== undefined && rate < threshold
}

const WHEN = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
})

/** 2026/12/07 10:41:56 in the clerk's own time zone */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '—' : WHEN.format(date)
}

/** 「刚刚」「3 分钟前」「2 小时前」, else the date and time */
export function sinceText(iso: string, now: Date = new Date()): string {
  const then = new Date(iso)
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000)
  if (seconds < 60) return '刚刚'
  if (seconds < 3600) return `${Math.floor(seconds / 60)} 分钟前`
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} 小时前`
  return formatTime(iso)
}

/**
 * Whether the score has not yet caught up with the indicator system the page read: evaluation-service rescored from
 * project-service's events, and a save answered revision r shows in the score once its indicators or actuals
 * revision has reached r. Unknown (no revisions told) counts as caught up.
 */
export function scoreBehind(reflects: ScoreReflects | null | undefined, treeRevision: number | null | undefined): boolean {
  if (!reflects || treeRevision == null) return false
  const seen = Math.max(reflects.indicatorsRevision ?? -1, reflects.actualsRevision ?? -1)
  return seen < treeRevision
}
