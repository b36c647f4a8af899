import { http } from './http'
import type { Grade, TemplateRef } from './evaluations'
import type { TemplatePart } from './indicators'

/**
 * evaluation-service's templates (TemplateController, ADR 0008): the platform's shipped templates and the district's
 * own copies, each version published once and never changed; the district's choice of the version that scores its
 * new evaluations, as its default and per budget year. Numbers (分值, 起点分, percentages) arrive as JSON numbers with at most two decimals and are read
 * through format/points.ts only.
 */
export type ReverseFormula = 'BAND' | 'RATIO'
export type EqualRule = 'LIKE_POSITIVE' | 'DEVIATION_EITHER_WAY'
export type DefaultDirection = 'POSITIVE' | 'NEGATIVE' | 'EQUAL'
type Num = number | string

export interface PartWeight {
  part: TemplatePart
  weight: Num
}

export interface GradeBand {
  grade: Grade
  minimumTotal: Num
  label: string
}

export interface QualitativeBand {
  grade: string
  label: string
  fromPercent: Num
  toPercent: Num
}

/** One published version (EvaluationTemplate). */
export interface TemplateVersion {
  id: string
  version: number
  name: string
  /** null for the platform's templates */
  ownerDistrictId: string | null
  basedOn: TemplateRef | null
  parts: PartWeight[]
  gradeBands: { bands: GradeBand[] }
  reverseFormula: ReverseFormula
  qualitativeBands: { bands: QualitativeBand[] }
  executionRate: { roundRateToWholePercent: boolean; scorePrintedRate: boolean }
  rescaleNotApplicable: boolean
  deviationNotes: { indicatorBelowPercentOfWeight: Num; executionRateBelowPercent: Num }
  reportSections: string[]
  equalRule: EqualRule
  defaultDirection: DefaultDirection
  sameCountUnits: string[]
}

/** A template in its latest version, marked when the district archived it (TemplateListing). */
export interface TemplateListing extends TemplateVersion {
  archived: boolean
}

/** The template version the district chose for one budget year (YearChoice). */
export interface YearChoice {
  year: number
  chosen: TemplateRef
  chosenAt: string | null
  chosenBy: string | null
}

/**
 * The district's choice (ChoiceView): without a year asked, its default; for a year, the choice in force then, with
 * `year` set when it is that year's own and null when the default answers.
 */
export interface TemplateChoice {
  districtId: string
  chosen: TemplateRef
  year?: number | null
  /** nothing chosen yet: the national template applies */
  nationalDefault: boolean
  revision: number
  chosenAt: string | null
  chosenBy: string | null
  /** every budget year's own choice, by year */
  years?: YearChoice[]
}

/** POST …/versions: only the settings that change; the rest stay as in the version it is based on (ChangeTemplate). */
export interface ChangeTemplate {
  basedOnVersion: number
  name?: string
  parts?: Array<{ part: TemplatePart; weight: string }>
  gradeBands?: Array<{ grade: Grade; minimumTotal: string; label: string }>
  reverseFormula?: ReverseFormula
  qualitativeBands?: Array<{ grade: string; label: string; fromPercent: string; toPercent: string }>
  roundExecutionRateToWholePercent?: boolean
  scoreExecutionFromPrintedRate?: boolean
  rescaleNotApplicable?: boolean
  deviationNotes?: { indicatorBelowPercentOfWeight: string; executionRateBelowPercent: string }
  reportSections?: string[]
  equalRule?: EqualRule
  defaultDirection?: DefaultDirection
  sameCountUnits?: string[]
}

const template = (id: string) => `/api/templates/${encodeURIComponent(id)}`

export const templatesApi = {
  list: (includeArchived = false) => http.get<TemplateListing[]>(`/api/templates?includeArchived=${includeArchived}`),
  versions: (id: string) => http.get<TemplateVersion[]>(`${template(id)}/versions`),
  version: (ref: TemplateRef) => http.get<TemplateVersion>(`${template(ref.id)}/versions/${ref.version}`),
  copy: (id: string, name: string, version?: number) =>
    http.post<TemplateVersion>(`${template(id)}/copies`, { name, version }),
  publish: (id: string, change: ChangeTemplate) => http.post<TemplateVersion>(`${template(id)}/versions`, change),
  archive: (id: string) => http.post<TemplateListing>(`${template(id)}/archive`),
  restore: (id: string) => http.delete<TemplateListing>(`${template(id)}/archive`),
  /** the default without a year; for a year the choice in force then */
  choice: (year?: number) => http.get<TemplateChoice>(year ? `/api/templates/choice?year=${year}` : '/api/templates/choice'),
  /** the default without a year; with one, that budget year's own choice */
  choose: (templateId: string, version?: number, year?: number) =>
    http.put<TemplateChoice>('/api/templates/choice', year ? { templateId, version, year } : { templateId, version }),
}
