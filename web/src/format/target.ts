/**
 * How the 绩效指标 page shows a line's target and direction, and the 分值 arithmetic of the weights.
 *
 * The target is parsed by project-service (TargetParser); this only words its parse so a clerk sees how "≥10次" or
 * "90%-95%" was understood. 分值 have, like amounts in 元, at most two decimals: they are added exactly in hundredths
 * with the money module's reading, never as floating point.
 */
import type { Direction, IndicatorView, Target } from '@/api/indicators'
import { toPoints } from './points'

const SYMBOLS: Record<Direction, string> = { POSITIVE: '≥', NEGATIVE: '≤', EQUAL: '=', QUALITATIVE: '定性' }
const COMPARATORS: Record<string, string> = { GE: '≥', LE: '≤', EQ: '=' }

/**
 * The 指标性质 column: =, ≥, ≤, 定性, 区间 for a range, / for a line not applicable; the template's default
 * direction (marked as such) when the street left it open, else —.
 */
export function directionSymbol(
  line: Pick<IndicatorView, 'comparison' | 'direction' | 'notApplicable'>,
  templateDefault?: Direction,
): { symbol: string; note?: string } {
  if (line.notApplicable) return { symbol: '/', note: '不适用' }
  if (line.comparison) return { symbol: line.comparison }
  if (line.direction) return { symbol: SYMBOLS[line.direction] }
  if (templateDefault) return { symbol: SYMBOLS[templateDefault], note: '按评价模板的默认方向' }
  return { symbol: '—', note: '按评价模板的默认方向' }
}

/** A number as the API gave it: 10, 202.6, 95 (display only, never computed with). */
const number = (value: number) => String(value)

/**
 * How the written target was read: "≥ 10 次", "90 至 95 %", "定性（按文字评价）", "10 个（方向按评价模板默认）".
 * undefined for a blank target.
 */
export function targetReading(target: Target | null | undefined): string | undefined {
  if (!target || !target.text?.trim()) return undefined
  const unit = target.unit ? ` ${target.unit}` : ''
  if (target.value === null || target.value === undefined) return '定性（按文字评价）'
  if (target.comparator === 'RANGE') return `区间 ${number(target.value)} 至 ${number(target.upperValue ?? target.value)}${unit}`
  if (target.comparator) return `${COMPARATORS[target.comparator]} ${number(target.value)}${unit}`
  return `${number(target.value)}${unit}（方向按评价模板默认）`
}

/** 分值 in hundredths of a point, exactly; undefined when it is not a number with at most two decimals. */
/** Why a typed 分值 cannot be saved, or undefined when it can (blank is allowed: a draft is saved incomplete). */
export function weightProblem(text: string | null | undefined): string | undefined {
  const typed = (text ?? '').trim()
  if (typed === '') return undefined
  if (!/^\d+(\.\d+)?$/.test(typed)) return '分值应为数字'
  const points = toPoints(typed)
  if (points === undefined) return '分值最多两位小数'
  if (points <= 0n) return '分值应大于 0'
  if (points > 10000n) return '分值不能超过 100'
  return undefined
}
