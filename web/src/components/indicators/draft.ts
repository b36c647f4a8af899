/**
 * The indicator tree as the street edits it on the page: one flat list of lines in the order they were entered,
 * shown grouped as the form prints them (一级 → 二级, each in the form's order; lines within a 二级指标 in the order
 * entered) and sent back in that same order. A draft saves incomplete (blank target or 分值); only what the
 * service would refuse outright is checked here, as they type.
 */
import { CATEGORIES, type Category, type Dimension, type Direction, type IndicatorInput, type IndicatorTree, type IndicatorView } from '@/api/indicators'
import { weightProblem } from '@/format/target'
import { formatPoints, toPoints } from '@/format/points'

export interface DraftLine {
  /** stable key for the page, also for lines not saved yet */
  key: string
  /** the service's id; empty for a new line */
  id?: string
  category: Category
  dimension: Dimension
  name: string
  target: string
  /** '' leaves it to the comparator written in the target, or else to the template's default */
  direction: Direction | ''
  weight: string
  dataSource: string
  notApplicable: boolean
  /** the line as last saved, to show the service's reading of it */
  saved?: IndicatorView
}

export const TARGET_MAX_LENGTH = 200
export const NAME_MAX_LENGTH = 200

let counter = 0
export const newKey = () => `new-${++counter}`

const categoryOrder = new Map(CATEGORIES.map((c, i) => [c.category, i]))
const dimensionOrder = new Map(CATEGORIES.flatMap((c) => c.dimensions.map((d) => d.dimension)).map((d, i) => [d, i]))
export const dimensionsOf = (category: Category) => CATEGORIES.find((c) => c.category === category)?.dimensions ?? []
export const categoryLabel = (category: Category) => CATEGORIES.find((c) => c.category === category)?.label ?? category
export const dimensionLabel = (dimension: Dimension) =>
  CATEGORIES.flatMap((c) => c.dimensions).find((d) => d.dimension === dimension)?.label ?? dimension

/** The saved tree's lines in the order it lists them. */
export function indicatorsOf(tree: IndicatorTree | undefined): Array<IndicatorView & { category: Category; dimension: Dimension }> {
  return (tree?.categories ?? []).flatMap((c) =>
    c.dimensions.flatMap((d) => d.indicators.map((i) => ({ ...i, category: c.category, dimension: d.dimension }))),
  )
}

export function draftOf(tree: IndicatorTree | undefined): DraftLine[] {
  return indicatorsOf(tree).map((i) => ({
    key: i.id,
    id: i.id,
    category: i.category,
    dimension: i.dimension,
    name: i.name,
    target: i.target?.text ?? '',
    // a direction decided by the written comparator or the template is not the street's own choice
    direction: i.directionSource === 'ENTERED' && i.direction ? i.direction : '',
    weight: i.weight === null || i.weight === undefined ? '' : formatPoints(i.weight),
    dataSource: i.dataSource ?? '',
    notApplicable: i.notApplicable,
    saved: i,
  }))
}

/** Grouped as the form prints them; the order entered is kept within a 二级指标. */
export function ordered<T extends { category: Category; dimension: Dimension }>(lines: T[]): T[] {
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) =>
      (categoryOrder.get(a.line.category)! - categoryOrder.get(b.line.category)!) ||
      (dimensionOrder.get(a.line.dimension)! - dimensionOrder.get(b.line.dimension)!) ||
      a.index - b.index)
    .map((x) => x.line)
}

/** Where a merged 一级/二级 cell starts and how many lines it spans. */
export function spans<T extends { category: Category; dimension: Dimension }>(lines: T[]): Array<{ category?: number; dimension?: number }> {
  return lines.map((line, i) => {
    const span: { category?: number; dimension?: number } = {}
    if (i === 0 || lines[i - 1].category !== line.category) {
      let n = 1
      while (i + n < lines.length && lines[i + n].category === line.category) n++
      span.category = n
    }
    if (span.category || lines[i - 1].dimension !== line.dimension) {
      let n = 1
      while (i + n < lines.length && lines[i + n].dimension === line.dimension && lines[i + n].category === line.category) n++
      span.dimension = n
    }
    return span
  })
}

/**
 * Moves a line one place up (-1) or down (+1) among the lines of its 二级指标, the order the form prints them in;
 * unchanged at either end.
 */
export function moved(lines: DraftLine[], line: DraftLine, step: -1 | 1): DraftLine[] {
  const siblings = ordered(lines).filter((l) => l.category === line.category && l.dimension === line.dimension)
  const other = siblings[siblings.indexOf(line) + step]
  if (!other) return lines
  const next = [...lines]
  const a = next.indexOf(line)
  const b = next.indexOf(other)
  next[a] = other
  next[b] = line
  return next
}

export type LineField = 'name' | 'target' | 'weight' | 'dataSource' | 'dimension'

/** What the service would refuse in one line, by field, in Chinese. */
export function lineProblems(line: DraftLine): Partial<Record<LineField, string>> {
  const problems: Partial<Record<LineField, string>> = {}
  if (!line.name.trim()) problems.name = '请填写三级指标名称'
  else if (line.name.trim().length > NAME_MAX_LENGTH) problems.name = `名称不超过 ${NAME_MAX_LENGTH} 字`
  if (line.target.trim().length > TARGET_MAX_LENGTH) problems.target = `年度指标值不超过 ${TARGET_MAX_LENGTH} 字`
  if (!line.notApplicable) {
    const weight = weightProblem(line.weight)
    if (weight) problems.weight = weight
  }
  if (line.dataSource.trim().length > 200) problems.dataSource = '数据来源不超过 200 字'
  if (!dimensionsOf(line.category).some((d) => d.dimension === line.dimension)) problems.dimension = '二级指标不属于所选一级指标'
  return problems
}

export function hasProblems(lines: DraftLine[]): boolean {
  return lines.some((l) => Object.keys(lineProblems(l)).length > 0)
}

/** The lines as PUT …/indicators takes them, in the order shown. */
export function inputsOf(lines: DraftLine[]): IndicatorInput[] {
  return ordered(lines).map((l) => {
    const weight = l.notApplicable || !l.weight.trim() ? null : toPoints(l.weight.trim())
    return {
      ...(l.id ? { id: l.id } : {}),
      category: l.category,
      dimension: l.dimension,
      name: l.name.trim(),
      target: l.target.trim() || undefined,
      direction: l.direction || null,
      weight: weight === undefined || weight === null ? null : l.weight.trim(),
      dataSource: l.dataSource.trim() || undefined,
      notApplicable: l.notApplicable,
    }
  })
}

/** Whether the lines differ from the saved tree's. */
export function changed(lines: DraftLine[], tree: IndicatorTree | undefined): boolean {
  return JSON.stringify(inputsOf(lines)) !== JSON.stringify(inputsOf(draftOf(tree)))
}
