import { download, http, upload } from './http'
import { evaluationsApi } from './evaluations'

/**
 * The indicator tree as project-service shows it (IndicatorTreeView) and the evaluation-service pieces the 绩效指标
 * page reads beside it: the evaluation's template (the 分值 of each part) and the score of each line.
 */
export type Category = 'OUTPUT' | 'EFFECT' | 'SATISFACTION' | 'COST'
export type Dimension =
  | 'QUANTITY' | 'QUALITY' | 'TIMELINESS' | 'OUTPUT_COST'
  | 'ECONOMIC_BENEFIT' | 'SOCIAL_BENEFIT' | 'ECOLOGICAL_BENEFIT' | 'SUSTAINABLE_IMPACT'
  | 'BENEFICIARY_SATISFACTION'
  | 'ECONOMIC_COST' | 'SOCIAL_COST' | 'ENVIRONMENTAL_COST'
export type Direction = 'POSITIVE' | 'NEGATIVE' | 'EQUAL' | 'QUALITATIVE'
export type Comparator = 'GE' | 'LE' | 'EQ' | 'RANGE'

/** 一级指标 in the form's order, with their 二级指标 in theirs (contracts IndicatorCategory / IndicatorDimension). */
export const CATEGORIES: Array<{ category: Category; label: string; dimensions: Array<{ dimension: Dimension; label: string }> }> = [
  {
    category: 'OUTPUT', label: '产出指标', dimensions: [
      { dimension: 'QUANTITY', label: '数量指标' },
      { dimension: 'QUALITY', label: '质量指标' },
      { dimension: 'TIMELINESS', label: '时效指标' },
      { dimension: 'OUTPUT_COST', label: '成本指标' },
    ],
  },
  {
    category: 'EFFECT', label: '效益指标', dimensions: [
      { dimension: 'ECONOMIC_BENEFIT', label: '经济效益指标' },
      { dimension: 'SOCIAL_BENEFIT', label: '社会效益指标' },
      { dimension: 'ECOLOGICAL_BENEFIT', label: '生态效益指标' },
      { dimension: 'SUSTAINABLE_IMPACT', label: '可持续影响指标' },
    ],
  },
  { category: 'SATISFACTION', label: '满意度指标', dimensions: [{ dimension: 'BENEFICIARY_SATISFACTION', label: '服务对象满意度指标' }] },
  {
    category: 'COST', label: '成本指标', dimensions: [
      { dimension: 'ECONOMIC_COST', label: '经济成本指标' },
      { dimension: 'SOCIAL_COST', label: '社会成本指标' },
      { dimension: 'ENVIRONMENTAL_COST', label: '生态环境成本指标' },
    ],
  },
]

export const DIRECTIONS: Array<{ direction: Direction; label: string }> = [
  { direction: 'POSITIVE', label: '正向（≥）' },
  { direction: 'NEGATIVE', label: '反向（≤）' },
  { direction: 'EQUAL', label: '等于（=）' },
  { direction: 'QUALITATIVE', label: '定性' },
]

export interface Target {
  text: string
  comparator: Comparator | null
  value: number | null
  upperValue: number | null
  unit: string | null
}

export interface ReportedActual {
  text: string
  value: number | null
  unit: string | null
  deviationNote: string | null
  reportedBy?: string
  reportedAt?: string
  reading?: string | null
}

export type Missing = 'TARGET' | 'WEIGHT' | 'ACTUAL'

export interface IndicatorView {
  id: string
  name: string
  target: Target | null
  comparison: string | null
  direction: Direction | null
  directionLabel: string | null
  directionSource: 'TARGET' | 'ENTERED' | 'TEMPLATE_DEFAULT' | null
  weight: number | null
  dataSource: string | null
  notApplicable: boolean
  actual: ReportedActual | null
  actualReadAs: string | null
  reached: boolean | null
  missing: Missing[]
}

export interface DimensionView {
  dimension: Dimension
  label: string
  weight: number
  indicators: IndicatorView[]
}

export interface CategoryView {
  category: Category
  label: string
  weight: number
  dimensions: DimensionView[]
}

export interface MissingLine {
  id: string
  category: string
  dimension: string
  name: string
}

export interface Completeness {
  complete: boolean
  missingTargets: MissingLine[]
  missingWeights: MissingLine[]
  missingActuals: MissingLine[]
  notApplicable: MissingLine[]
  templateDefaultDirection: MissingLine[]
  actualsForJudgement: MissingLine[]
}

export interface IndicatorTree {
  projectId: string
  version: number | null
  revision: number
  categories: CategoryView[]
  completeness: Completeness
}

/** One line of the whole tree as PUT …/indicators takes it (IndicatorInput). */
export interface IndicatorInput {
  id?: string
  category: Category
  dimension: Dimension
  name: string
  target?: string
  direction?: Direction | null
  weight?: string | null
  dataSource?: string
  notApplicable?: boolean
}

/** One line of the one save of many actuals (ReportActuals.Line). */
export interface ActualLine {
  indicatorId: string
  actual: string
  deviationNote?: string
}

/** A refused line or cell, as a refused tree, batch or workbook lists them (IndicatorRules.CellProblem). */
export interface CellProblem {
  row: number
  indicator: string
  column: string
  value: unknown
  reason: string
}

/** A refused cell of an uploaded workbook (the import's errors). */
export interface WorkbookCellProblem {
  row: number
  column: string
  columnName: string
  value: unknown
  reason: string
}

/** One refused cell as the page lists it: a line of the tree or a cell of the workbook. */
export interface ListedProblem {
  row: number
  /** the indicator, or the workbook's cell such as F3 */
  place: string
  column: string
  value: unknown
  reason: string
}

/** The refused cells of a tree, a batch (cells) or a workbook (errors with columns), listed alike. */
export function listedProblems(body: Record<string, unknown>): ListedProblem[] {
  const cells = body.cells as CellProblem[] | undefined
  if (Array.isArray(cells)) return cells.map((c) => ({ row: c.row, place: c.indicator, column: c.column, value: c.value, reason: c.reason }))
  const errors = body.errors as Array<Partial<WorkbookCellProblem>> | undefined
  if (Array.isArray(errors) && errors.every((e) => typeof e.row === 'number')) {
    return errors.map((e) => ({ row: e.row!, place: `${e.column ?? ''}${e.row}`, column: e.columnName ?? e.column ?? '', value: e.value, reason: e.reason ?? '' }))
  }
  return []
}

export interface FieldProblem {
  field: string
  message: string
  rejectedValue?: unknown
}

export type TemplatePart = 'BUDGET_EXECUTION' | Category

// The score and the template are evaluation-service's: one description of each, in api/evaluations.ts
export type { BlockingItem, IndicatorScore, Score, Template as EvaluationTemplate } from './evaluations'

/** Largest actuals workbook the service accepts (IndicatorController.MAX_UPLOAD_SIZE). */
export const ACTUALS_WORKBOOK_MAX_BYTES = 2 * 1024 * 1024

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/indicators`

export const indicatorsApi = {
  tree: (projectId: string) => http.get<IndicatorTree>(base(projectId)),
  define: (projectId: string, version: number | null, indicators: IndicatorInput[]) =>
    http.put<IndicatorTree>(base(projectId), { version, indicators }),
  reportActuals: (projectId: string, version: number, actuals: ActualLine[]) =>
    http.put<IndicatorTree>(`${base(projectId)}/actuals`, { version, actuals }),
  downloadTemplate: (projectId: string) => download(`${base(projectId)}/actuals-template.xlsx`, '实际完成值填报模板.xlsx'),
  importWorkbook: (projectId: string, file: File, onProgress: (percent: number) => void) => {
    const form = new FormData()
    form.append('file', file)
    return upload<IndicatorTree>(`${base(projectId)}/actuals`, form, onProgress)
  },
}

/** What the 绩效指标 page reads of the project's evaluation: its template version and its score. */
export const evaluationApi = {
  templateOf: async (evaluationId: string) => {
    const evaluation = await evaluationsApi.get(evaluationId)
    return evaluation.template ? evaluationsApi.template(evaluation.template) : undefined
  },
  score: (evaluationId: string) => evaluationsApi.score(evaluationId),
}
