/**
 * A template as the district reads and edits it: the labels of its settings in Chinese, the live check of the part
 * weights (the same rule evaluation-service applies when a version is published: every part positive with at most two
 * decimals, 预算执行率 and at least one 一级指标 scored, together exactly 100), the editor's draft and the change it
 * sends, and the difference between two versions listed as 原 → 新. Numbers go through format/points.ts (BigInt
 * hundredths), never through floating point.
 */
import { CATEGORIES } from '@/api/indicators'
import type { TemplatePart } from '@/api/indicators'
import type { Grade } from '@/api/evaluations'
import type {
  ChangeTemplate, DefaultDirection, EqualRule, ReverseFormula, TemplateVersion,
} from '@/api/templates'
import { formatPoints, toPoints } from '@/format/points'

export const PARTS: Array<{ part: TemplatePart; label: string }> = [
  { part: 'BUDGET_EXECUTION', label: '预算执行率' },
  ...CATEGORIES.map((c) => ({ part: c.category as TemplatePart, label: c.label })),
]
export const PART_LABELS = Object.fromEntries(PARTS.map((p) => [p.part, p.label])) as Record<TemplatePart, string>

export const GRADES: Grade[] = ['优', '良', '中', '差']

export const REVERSE_FORMULA_LABELS: Record<ReverseFormula, string> = {
  BAND: '超出指标值按比例扣分，达到两倍时得 0 分',
  RATIO: '指标值 ÷ 实际完成值 × 分值',
}
export const EQUAL_RULE_LABELS: Record<EqualRule, string> = {
  LIKE_POSITIVE: '等于按正向计分',
  DEVIATION_EITHER_WAY: '等于偏离即扣分',
}
export const DIRECTION_LABELS: Record<DefaultDirection, string> = { POSITIVE: '正向', NEGATIVE: '反向', EQUAL: '等于' }

const yesNo = (value: boolean) => (value ? '是' : '否')
/** 80, 62.5: a percentage as typed, without trailing zeros */
export function percent(value: number | string | null | undefined): string {
  const h = toPoints(value)
  if (h === undefined) return value === null || value === undefined ? '—' : String(value)
  return formatPoints(h).replace(/\.?0+$/, '') + '%'
}

// ── weights ────────────────────────────────────────────────────────────────────────────────────────────────────────

export interface WeightLine {
  part: TemplatePart
  /** as typed; empty: the template does not score this part */
  weight: string
}

export interface WeightSum {
  /** hundredths of a point */
  sum: bigint
  /** formatted, e.g. 100.00 */
  text: string
  problems: string[]
  fits: boolean
}

/** The part weights checked as they are typed, with the service's own wording of each problem. */
export function checkWeightSum(lines: WeightLine[]): WeightSum {
  const problems: string[] = []
  let sum = 0n
  const scored = lines.filter((l) => l.weight.trim() !== '')
  for (const line of scored) {
    const points = toPoints(line.weight.trim())
    if (points === undefined || points <= 0n) {
      problems.push(`${PART_LABELS[line.part]} 的分值 ${line.weight.trim()} 应为正数且至多两位小数`)
      continue
    }
    sum += points
  }
  if (!scored.some((l) => l.part === 'BUDGET_EXECUTION')) problems.push('缺少预算执行率分值')
  if (!scored.some((l) => l.part !== 'BUDGET_EXECUTION')) problems.push('缺少绩效指标分值')
  if (sum !== 10000n) problems.push(`各部分分值合计应为 100，实为 ${formatPoints(sum)}`)
  return { sum, text: formatPoints(sum), problems, fits: problems.length === 0 }
}

// ── the editor's draft ─────────────────────────────────────────────────────────────────────────────────────────────

export interface TemplateDraft {
  name: string
  parts: WeightLine[]
  gradeBands: Array<{ grade: Grade; minimumTotal: string; label: string }>
  reverseFormula: ReverseFormula
  equalRule: EqualRule
  defaultDirection: DefaultDirection
  roundExecutionRateToWholePercent: boolean
  scoreExecutionFromPrintedRate: boolean
  rescaleNotApplicable: boolean
  indicatorBelowPercentOfWeight: string
  executionRateBelowPercent: string
  qualitativeBands: Array<{ grade: string; label: string; fromPercent: string; toPercent: string }>
  reportSections: string[]
  /** 个、项、件 */
  sameCountUnits: string
}

const text = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value))

/** The editor opened on a version: every setting as typed text, every part listed (empty when not scored). */
export function draftOf(version: TemplateVersion): TemplateDraft {
  const weightOf = (part: TemplatePart) => version.parts.find((p) => p.part === part)?.weight
  return {
    name: version.name,
    parts: PARTS.map(({ part }) => ({ part, weight: text(weightOf(part)) })),
    gradeBands: version.gradeBands.bands.map((b) => ({ grade: b.grade, minimumTotal: text(b.minimumTotal), label: b.label })),
    reverseFormula: version.reverseFormula,
    equalRule: version.equalRule,
    defaultDirection: version.defaultDirection,
    roundExecutionRateToWholePercent: version.executionRate.roundRateToWholePercent,
    scoreExecutionFromPrintedRate: version.executionRate.scorePrintedRate,
    rescaleNotApplicable: version.rescaleNotApplicable,
    indicatorBelowPercentOfWeight: text(version.deviationNotes.indicatorBelowPercentOfWeight),
    executionRateBelowPercent: text(version.deviationNotes.executionRateBelowPercent),
    qualitativeBands: version.qualitativeBands.bands.map((b) => ({
      grade: b.grade, label: b.label, fromPercent: text(b.fromPercent), toPercent: text(b.toPercent),
    })),
    reportSections: [...version.reportSections],
    sameCountUnits: version.sameCountUnits.join('、'),
  }
}

/**
 * The new version as the service takes it: the whole of the editable settings, on the version the editor opened (so
 * a version someone else published meanwhile is answered with 409, not overwritten).
 */
export function changeOf(draft: TemplateDraft, basedOnVersion: number): ChangeTemplate {
  const trim = (s: string) => s.trim()
  return {
    basedOnVersion,
    name: draft.name.trim(),
    parts: draft.parts.filter((p) => p.weight.trim() !== '').map((p) => ({ part: p.part, weight: trim(p.weight) })),
    gradeBands: draft.gradeBands.map((b) => ({ grade: b.grade, minimumTotal: trim(b.minimumTotal), label: trim(b.label) })),
    reverseFormula: draft.reverseFormula,
    equalRule: draft.equalRule,
    defaultDirection: draft.defaultDirection,
    roundExecutionRateToWholePercent: draft.roundExecutionRateToWholePercent,
    scoreExecutionFromPrintedRate: draft.scoreExecutionFromPrintedRate,
    rescaleNotApplicable: draft.rescaleNotApplicable,
    deviationNotes: {
      indicatorBelowPercentOfWeight: trim(draft.indicatorBelowPercentOfWeight),
      executionRateBelowPercent: trim(draft.executionRateBelowPercent),
    },
    qualitativeBands: draft.qualitativeBands.map((b) => ({
      grade: trim(b.grade), label: trim(b.label) || trim(b.grade), fromPercent: trim(b.fromPercent), toPercent: trim(b.toPercent),
    })),
    reportSections: draft.reportSections.map(trim),
    sameCountUnits: draft.sameCountUnits.split(/[、,，\s]+/).map(trim).filter((u) => u !== ''),
  }
}

// ── the difference between two versions ───────────────────────────────────────────────────────────────────────────

export interface Change {
  /** 分值, 自评等级, 计分规则, 定性等级, 报告章节, 名称 */
  section: string
  what: string
  before: string
  after: string
}

const NOT_SET = '无'

/** What changed from one version to the next, in the order the editor shows the settings. */
export function diffVersions(before: TemplateVersion, after: TemplateVersion): Change[] {
  const changes: Change[] = []
  const add = (section: string, what: string, was: string, now: string) => {
    if (was !== now) changes.push({ section, what, before: was, after: now })
  }
  add('名称', '模板名称', before.name, after.name)

  const weight = (v: TemplateVersion, part: TemplatePart) => {
    const found = v.parts.find((p) => p.part === part)
    return found ? formatPoints(found.weight) : '不计分'
  }
  for (const { part, label } of PARTS) add('分值', label, weight(before, part), weight(after, part))

  const band = (v: TemplateVersion, grade: Grade) => {
    const found = v.gradeBands.bands.find((b) => b.grade === grade)
    return found ? `${formatPoints(found.minimumTotal)} 分起（${found.label}）` : NOT_SET
  }
  for (const grade of GRADES) add('自评等级', grade, band(before, grade), band(after, grade))

  add('计分规则', '反向指标计分', REVERSE_FORMULA_LABELS[before.reverseFormula], REVERSE_FORMULA_LABELS[after.reverseFormula])
  add('计分规则', '等于指标计分', EQUAL_RULE_LABELS[before.equalRule], EQUAL_RULE_LABELS[after.equalRule])
  add('计分规则', '无比较符指标值的方向', DIRECTION_LABELS[before.defaultDirection], DIRECTION_LABELS[after.defaultDirection])
  add('计分规则', '执行率先取整到百分之一', yesNo(before.executionRate.roundRateToWholePercent),
    yesNo(after.executionRate.roundRateToWholePercent))
  add('计分规则', '按打印的两位小数执行率计分', yesNo(before.executionRate.scorePrintedRate),
    yesNo(after.executionRate.scorePrintedRate))
  add('计分规则', '不适用指标剔除并按比例折算', yesNo(before.rescaleNotApplicable), yesNo(after.rescaleNotApplicable))
  add('计分规则', '指标得分低于分值的该比例须说明偏差', percent(before.deviationNotes.indicatorBelowPercentOfWeight),
    percent(after.deviationNotes.indicatorBelowPercentOfWeight))
  add('计分规则', '执行率低于该比例须说明', percent(before.deviationNotes.executionRateBelowPercent),
    percent(after.deviationNotes.executionRateBelowPercent))
  add('计分规则', '视为同一计数单位', before.sameCountUnits.join('、') || NOT_SET, after.sameCountUnits.join('、') || NOT_SET)

  // a grade of the 定性 scale is named as the form prints it; its band, and its name when that changed, compared
  const bandOf = (v: TemplateVersion, grade: string) => v.qualitativeBands.bands.find((b) => b.grade === grade)
  const range = (v: TemplateVersion, grade: string) => {
    const found = bandOf(v, grade)
    return found ? `${percent(found.fromPercent)}–${percent(found.toPercent)}` : NOT_SET
  }
  const grades = [...new Set([...before.qualitativeBands.bands, ...after.qualitativeBands.bands].map((b) => b.grade))]
  for (const grade of grades) {
    const was = bandOf(before, grade)
    const now = bandOf(after, grade)
    const name = now?.label ?? was?.label ?? grade
    if (was && now) add('定性等级', `${name} 的名称`, was.label, now.label)
    add('定性等级', `${name} 的得分区间`, range(before, grade), range(after, grade))
  }
  const order = (v: TemplateVersion) => v.qualitativeBands.bands.map((b) => b.label).join(' > ')
  if (!changes.some((c) => c.section === '定性等级')) add('定性等级', '等级顺序', order(before), order(after))

  add('报告章节', '章节及顺序', before.reportSections.join('、') || NOT_SET, after.reportSections.join('、') || NOT_SET)
  return changes
}
