/**
 * The 分值 of each part of the self-evaluation form against the evaluation's template, summed as the street types:
 * 产出指标 50 of 50, 效益指标 28 of 30 (2 short), … The budget execution part (预算执行率) is scored from the budget,
 * not from indicators, so it counts with the template's own 分值. Lines marked 不适用 carry no weight.
 */
import { CATEGORIES, type Category, type EvaluationTemplate, type TemplatePart } from '@/api/indicators'
import { sumPoints, toPoints } from '@/format/points'

export type PartState = 'ok' | 'short' | 'over' | 'notInTemplate' | 'budget'

export interface PartCheck {
  part: TemplatePart
  label: string
  /** the template's 分值, undefined for a part it does not score */
  template?: bigint
  entered: bigint
  /** entered − template */
  difference: bigint
  state: PartState
}

export interface WeightsCheck {
  parts: PartCheck[]
  template: bigint
  entered: bigint
  fits: boolean
}

export interface WeightedLine {
  category: Category
  weight: string | number | null | undefined
  notApplicable?: boolean
}

const LABELS: Record<TemplatePart, string> = {
  BUDGET_EXECUTION: '预算执行率',
  ...(Object.fromEntries(CATEGORIES.map((c) => [c.category, c.label])) as Record<Category, string>),
}

export function checkWeights(lines: WeightedLine[], template: EvaluationTemplate | undefined): WeightsCheck {
  const enteredOf = (category: Category) =>
    sumPoints(lines.filter((l) => l.category === category && !l.notApplicable).map((l) => l.weight))
  const parts: PartCheck[] = []
  for (const { part, weight } of template?.parts ?? []) {
    const templatePoints = toPoints(weight) ?? 0n
    if (part === 'BUDGET_EXECUTION') {
      parts.push({ part, label: LABELS[part], template: templatePoints, entered: templatePoints, difference: 0n, state: 'budget' })
      continue
    }
    const entered = enteredOf(part)
    const difference = entered - templatePoints
    parts.push({
      part, label: LABELS[part], template: templatePoints, entered, difference,
      state: difference === 0n ? 'ok' : difference < 0n ? 'short' : 'over',
    })
  }
  const scored = new Set(parts.map((p) => p.part))
  for (const { category } of CATEGORIES) {
    const entered = enteredOf(category)
    const used = lines.some((l) => l.category === category)
    if (!scored.has(category) && used) {
      parts.push({ part: category, label: LABELS[category], entered, difference: entered, state: 'notInTemplate' })
    }
  }
  const templateTotal = parts.reduce((t, p) => t + (p.template ?? 0n), 0n)
  const enteredTotal = parts.reduce((t, p) => t + p.entered, 0n)
  return {
    parts,
    template: templateTotal,
    entered: enteredTotal,
    fits: template !== undefined && parts.every((p) => p.state === 'ok' || p.state === 'budget'),
  }
}
