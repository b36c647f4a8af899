import { describe, expect, it } from 'vitest'
import { byStreet, drawRequest, progress, sizeLabel, type SampledEvaluation, type SampledReview } from './sampledReviews'

const evaluation = (evaluationId: string, streetId: string, done: number, of: number) =>
  ({ evaluationId, streetId, linesReScored: done, linesToReScore: of, lines: [] }) as unknown as SampledEvaluation

describe('抽查复核 helpers', () => {
  it('sends a share typed in whole percent as a fraction, a count as it is', () => {
    expect(drawRequest(2023, 7, 'share', 20)).toEqual({ year: 2023, seed: 7, share: 0.2 })
    expect(drawRequest(2023, 7, 'share', 15)).toEqual({ year: 2023, seed: 7, share: 0.15 })
    expect(drawRequest(2023, 7, 'count', 5)).toEqual({ year: 2023, seed: 7, count: 5 })
  })

  it('says the size as a person reads it', () => {
    expect(sizeLabel({ share: 0.2, count: null })).toBe('按比例 20%')
    expect(sizeLabel({ share: '0.15', count: null })).toBe('按比例 15%')
    expect(sizeLabel({ share: null, count: 5 })).toBe('按数量 5 份')
  })

  it('groups the drawn evaluations by street in the service’s order', () => {
    const grouped = byStreet([evaluation('a', 'jinchen', 0, 6), evaluation('b', 'jinchen', 2, 6), evaluation('c', 'tuodong', 6, 6)])
    expect(grouped.map((s) => [s.streetId, s.evaluations.map((e) => e.evaluationId)]))
      .toEqual([['jinchen', ['a', 'b']], ['tuodong', ['c']]])
  })

  it('counts the re-scored lines of the whole sample', () => {
    const review = { evaluations: [evaluation('a', 'jinchen', 2, 6), evaluation('c', 'tuodong', 6, 6)] } as unknown as SampledReview
    expect(progress(review)).toEqual({ done: 8, of: 12 })
  })
})
