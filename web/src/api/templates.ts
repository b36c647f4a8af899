import { http } from './http'
import type { Grade, TemplateRef } from './evaluations'
import type { TemplatePart } from './indicators'

/**
 * evaluation-service's templates (TemplateController, ADR 0008): the platform's shipped templates and the district's
 * own copies, each version published once and never changed; the district's choice of the version that scores its
 * new evaluations. Numbers (分值, 起点分, percentages) arrive as JSON numbers with at most two decimals and are read
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

export interface TemplateChoice {
  districtId: string
  chosen: TemplateRef
  /** nothing chosen yet: the national template applies */
  nationalDefault: boolean
  revision: number
  chosenAt: string | null
  chosenBy: string | null
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
  choice: () => http.get<TemplateChoice>('/api/templates/choice'),
  choose: (templateId: string, version?: number) => http.put<TemplateChoice>('/api/templates/choice', { templateId, version }),
}
