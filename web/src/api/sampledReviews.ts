import { http } from './http'

/**
 * 抽查复核 as evaluation-service answers it (cn.jixiao.evaluation.sampling): the district's overseer draws a
 * reproducible sample of the year's finalized self-evaluations (a stated seed, stratified by street, a share or a
 * count), re-scores the drawn ones line by line, and reads the gap between self-score and 复核分. Auditors read; streets
 * see none of it. Scores are JSON numbers with two decimals; the page shows them as they come, adding nothing up.
 */
export interface SampleSize {
  /** 0 to 1 of each street's finalized evaluations, or null */
  share: number | string | null
  /** the district's total, or null */
  count: number | null
}

export interface Candidate {
  evaluationId: string
  projectId: string
  streetId: string
}

export interface SampledLine {
  /** an indicator's id, or `execution` for 预算执行率 */
  lineId: string
  /** EXECUTION, OUTPUT, EFFECT, SATISFACTION, COST */
  part: string
  partLabel: string
  dimensionLabel: string | null
  name: string
  weight: number | string
  selfScore: number | string
  notApplicable: boolean
  reScore: number | string | null
  reason: string | null
  reviewer: string | null
  reScoredAt: string | null
}

export interface SampledEvaluation {
  evaluationId: string
  projectId: string
  streetId: string
  projectCode: string | null
  projectName: string | null
  round: number
  selfTotal: number | string | null
  selfGrade: string | null
  reviewTotal: number | string | null
  reviewGrade: string | null
  linesReScored: number
  linesToReScore: number
  lines: SampledLine[]
}

export interface SampledReview {
  id: string
  districtId: string
  year: number
  seed: number
  size: SampleSize
  population: Candidate[]
  drawnBy: string
  drawnAt: string
  evaluations: SampledEvaluation[]
}

export interface SampleListing {
  id: string
  year: number
  seed: number
  size: SampleSize
  populationSize: number
  drawnCount: number
  drawnBy: string
  drawnAt: string
}

export interface GapRow {
  key: string
  label: string
  parent: string | null
  evaluations: number
  lines: number
  selfScore: number | string
  reviewScore: number | string
  /** self minus review: above 0 the street scored itself higher */
  gap: number | string
  gapPerEvaluation: number | string | null
  gapPercent: number | string | null
}

export interface GapReport {
  sampleId: string
  year: number
  drawn: number
  streets: GapRow[]
  parts: GapRow[]
  dimensions: GapRow[]
  overall: GapRow
}

export type SampleMode = 'share' | 'count'

export interface DrawRequest {
  year: number
  seed: number
  share?: number
  count?: number
}

/** The request of the draw form: a share typed in whole percent (20 → 0.2), or a count. */
export function drawRequest(year: number, seed: number, mode: SampleMode, amount: number): DrawRequest {
  return mode === 'share' ? { year, seed, share: amount / 100 } : { year, seed, count: amount }
}

/** A seed for the form, below 2^32 so it is short to note down and exact in JSON; the overseer may type their own. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]
}

/** 按比例 20% / 按数量 5 份 */
export function sizeLabel(size: SampleSize): string {
  if (size.share !== null && size.share !== undefined) {
    return `按比例 ${Math.round(Number(size.share) * 10000) / 100}%`
  }
  return `按数量 ${size.count} 份`
}

/** The drawn evaluations per street, in the order the service lists them (by street, then code). */
export function byStreet(evaluations: SampledEvaluation[]): Array<{ streetId: string; evaluations: SampledEvaluation[] }> {
  const streets = new Map<string, SampledEvaluation[]>()
  for (const evaluation of evaluations) {
    const held = streets.get(evaluation.streetId)
    if (held) held.push(evaluation)
    else streets.set(evaluation.streetId, [evaluation])
  }
  return [...streets].map(([streetId, drawn]) => ({ streetId, evaluations: drawn }))
}

/** How many of the sample's lines are re-scored, of those to re-score. */
export function progress(review: SampledReview): { done: number; of: number } {
  return review.evaluations.reduce((sum, e) => ({ done: sum.done + e.linesReScored, of: sum.of + e.linesToReScore }),
    { done: 0, of: 0 })
}

export const sampledReviewsApi = {
  list: (year: number) => http.get<SampleListing[]>(`/api/sampled-reviews?year=${year}`),
  get: (id: string) => http.get<SampledReview>(`/api/sampled-reviews/${encodeURIComponent(id)}`),
  draw: (request: DrawRequest) => http.post<SampledReview>('/api/sampled-reviews', request),
  reScore: (id: string, evaluationId: string, lineId: string, score: number, reason: string) =>
    http.put<SampledEvaluation>(`/api/sampled-reviews/${encodeURIComponent(id)}/evaluations/${encodeURIComponent(evaluationId)}`
      + `/lines/${encodeURIComponent(lineId)}`, { score, reason }),
  gaps: (id: string) => http.get<GapReport>(`/api/sampled-reviews/${encodeURIComponent(id)}/gaps`),
}
