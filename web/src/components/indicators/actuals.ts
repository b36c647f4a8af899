/**
 * The actuals (实际完成值) and 偏差原因分析及改进措施 the street types into the table, turned into the one save of
 * all lines (PUT …/indicators/actuals): only the lines changed are sent, in the tree's order; a line reported
 * before cannot be emptied, and a note needs its actual.
 */
import type { ActualLine, IndicatorScore, IndicatorView } from '@/api/indicators'
import { toPoints } from '@/format/points'

export interface ActualEdit {
  actual: string
  note: string
}

export const ACTUAL_MAX_LENGTH = 200
export const NOTE_MAX_LENGTH = 2000

export function editsOf(indicators: IndicatorView[]): Record<string, ActualEdit> {
  return Object.fromEntries(indicators.map((i) => [i.id, { actual: i.actual?.text ?? '', note: i.actual?.deviationNote ?? '' }]))
}

export function isChanged(indicator: IndicatorView, edit: ActualEdit | undefined): boolean {
  if (!edit) return false
  return edit.actual.trim() !== (indicator.actual?.text ?? '').trim() || edit.note.trim() !== (indicator.actual?.deviationNote ?? '').trim()
}

/** Why this line's typing cannot be saved, undefined when it can. */
export function actualProblem(indicator: IndicatorView, edit: ActualEdit | undefined): string | undefined {
  if (!edit) return undefined
  const actual = edit.actual.trim()
  if (actual.length > ACTUAL_MAX_LENGTH) return `实际完成值不超过 ${ACTUAL_MAX_LENGTH} 字`
  if (edit.note.trim().length > NOTE_MAX_LENGTH) return `偏差原因分析及改进措施不超过 ${NOTE_MAX_LENGTH} 字`
  if (!actual && indicator.actual?.text) return '已填报的实际完成值不能清空，请填写新的值'
  if (!actual && edit.note.trim()) return '请先填写实际完成值'
  return undefined
}

export interface Batch {
  lines: ActualLine[]
  problems: Record<string, string>
}

export function batchOf(indicators: IndicatorView[], edits: Record<string, ActualEdit>): Batch {
  const lines: ActualLine[] = []
  const problems: Record<string, string> = {}
  for (const indicator of indicators) {
    const edit = edits[indicator.id]
    if (indicator.notApplicable || !isChanged(indicator, edit)) continue
    const problem = actualProblem(indicator, edit)
    if (problem) {
      problems[indicator.id] = problem
      continue
    }
    if (!edit.actual.trim()) continue
    const note = edit.note.trim()
    lines.push({ indicatorId: indicator.id, actual: edit.actual.trim(), ...(note ? { deviationNote: note } : {}) })
  }
  return { lines, problems }
}

/**
 * Whether a line scored below the share of its 分值 from which the template asks for a 偏差原因分析及改进措施
 * (100%: any line below full marks). Without a score yet, a line that missed its target is. A line whose actual is
 * not reported yet is not asked: it is listed as missing its actual.
 */
export function needsDeviationNote(
  indicator: Pick<IndicatorView, 'reached' | 'notApplicable' | 'actual'>,
  score: Pick<IndicatorScore, 'score' | 'scaledWeight' | 'notApplicable'> | undefined,
  thresholdPercent: number = 100,
): boolean {
  // a line not reported yet is missing its actual, not short of its target
  if (indicator.notApplicable || !indicator.actual) return false
  if (!score) return indicator.reached === false
  if (score.notApplicable) return false
  const points = toPoints(score.score) ?? 0n
  const full = toPoints(score.scaledWeight) ?? 0n
  const threshold = toPoints(thresholdPercent) ?? 10000n
  if (full === 0n) return false
  // score ÷ full × 100 < threshold, in hundredths: points × 10000 < threshold × full
  return points * 10000n < threshold * full
}

/**
 * A refused batch names its lines as actuals[i].field, i counting the lines sent; this maps them back to the
 * indicators, each with the Chinese half of its message.
 */
export function refusedLines(sent: ActualLine[], errors: Array<{ field: string; message: string }> | undefined): Record<string, string> {
  const byIndicator: Record<string, string> = {}
  for (const error of errors ?? []) {
    const match = /^actuals\[(\d+)\]/.exec(error.field)
    const line = match ? sent[Number(match[1])] : undefined
    if (!line) continue
    const message = error.message.split(' / ')[0]
    byIndicator[line.indicatorId] = byIndicator[line.indicatorId] ? `${byIndicator[line.indicatorId]}；${message}` : message
  }
  return byIndicator
}
