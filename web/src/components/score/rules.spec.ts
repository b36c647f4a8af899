import { describe, expect, it } from 'vitest'
import type { QualitativeBand } from '@/api/evaluations'
import { bandPoints, defaultPoints, describeBand, scoreBehind, fixesOf, gradedLines, pointsProblem, rateNeedsExplanation, sinceText } from './rules'
import { formatPoints } from '@/format/points'

const ACHIEVED: QualitativeBand = { grade: 'ACHIEVED', label: '达成年度指标', fromPercent: 80, toPercent: 100 }
const PARTLY: QualitativeBand = { grade: 'PARTLY_ACHIEVED', label: '部分达成年度指标并具有一定效果', fromPercent: 60, toPercent: 80 }

describe('the points a 定性 grade allows', () => {
  it('achieved on a line of 5 allows 4.00 to 5.00, full marks included', () => {
    expect(bandPoints(ACHIEVED, 5)).toEqual({ min: 400n, max: 500n })
    expect(describeBand(ACHIEVED, 5)).toBe('4.00 ～ 5.00 分（分值的 80%（含）至 100%（含））')
  })

  it('a band below the top stops one hundredth short of its upper bound', () => {
    expect(bandPoints(PARTLY, 10)).toEqual({ min: 600n, max: 799n })
  })

  it('rounds the lower bound up, so a weight of 3.33 at 60% starts at 2.00, never 1.99', () => {
    expect(formatPoints(bandPoints(PARTLY, '3.33')!.min)).toBe('2.00')
  })

  it('points outside the band are told with the band as they are typed', () => {
    expect(pointsProblem('3.5', ACHIEVED, 5)).toBe('该等级的得分须在 4.00 至 5.00 分之间')
    expect(pointsProblem('4.5', ACHIEVED, 5)).toBe('')
    expect(pointsProblem('4.555', ACHIEVED, 5)).toBe('得分须为不超过两位小数的数字')
    expect(pointsProblem('', ACHIEVED, 5)).toBe('请填写得分')
    expect(pointsProblem('4', undefined, 5)).toBe('请选择等级')
  })
})

describe('the points first offered for a grade', () => {
  it('are full marks for the top grade and the start of the band for the others', () => {
    expect(defaultPoints(ACHIEVED, 20)).toBe('20.00')
    expect(defaultPoints(PARTLY, 20)).toBe('12.00')
  })
})

describe('where each blocking item is fixed', () => {
  const dimensionOf = (id: string) => (id === 'jc-residents' ? 'BENEFICIARY_SATISFACTION' : 'QUANTITY')

  it('a missing deviation note leads to the indicator on the indicators page', () => {
    const [fix] = fixesOf({ kind: 'DEVIATION_NOTE_MISSING', indicatorId: 'jc-cost' }, 'p1', dimensionOf)
    expect(fix).toEqual({ label: '绩效指标', to: { path: '/projects/p1/indicators', query: { indicator: 'jc-cost' } } })
  })

  it("a satisfaction indicator's missing actual leads to the survey first", () => {
    const fixes = fixesOf({ kind: 'ACTUAL_NOT_REPORTED', indicatorId: 'jc-residents' }, 'p1', dimensionOf)
    expect(fixes.map((f) => f.label)).toEqual(['满意度调查', '绩效指标'])
  })

  it('an ungraded 定性 indicator leads to its grade on this page', () => {
    expect(fixesOf({ kind: 'QUALITATIVE_NOT_GRADED', indicatorId: 'jc-on-time' }, 'p1', dimensionOf))
      .toEqual([{ label: '定性评定', field: 'grade-jc-on-time' }])
  })

  it('a low rate is explained on this page, or the ledger was not entered', () => {
    const fixes = fixesOf({ kind: 'EXECUTION_EXPLANATION_MISSING', indicatorId: null }, 'p1', dimensionOf)
    expect(fixes).toEqual([
      { label: '填写说明', field: 'execution-explanation' },
      { label: '支出明细', to: { path: '/projects/p1/ledger' } },
    ])
  })

  it('a budget of 0 leads to the budget', () => {
    expect(fixesOf({ kind: 'BUDGET_NOT_SET', indicatorId: null }, 'p1', dimensionOf)[0].to?.path).toBe('/projects/p1/budget')
  })
})

describe('which lines the street grades', () => {
  it('定性 lines, text actuals awaiting judgement and lines already graded, in the score card order', () => {
    const lines = gradedLines(
      ['a', 'b', 'c', 'd', 'e'],
      new Set(['d']),
      [{ kind: 'TEXT_ACTUAL_NOT_JUDGED', indicatorId: 'b' }, { kind: 'ACTUAL_NOT_REPORTED', indicatorId: 'c' }],
      [{ indicatorId: 'e', grade: 'ACHIEVED', score: 5, notApplicable: false, notApplicableReason: null }],
    )
    expect(lines).toEqual(['b', 'd', 'e'])
  })
})

describe('the low-rate explanation', () => {
  it('is asked for under the threshold only', () => {
    expect(rateNeedsExplanation(89.99)).toBe(true)
    expect(rateNeedsExplanation(90)).toBe(false)
    expect(rateNeedsExplanation(85, 80)).toBe(false)
    expect(rateNeedsExplanation(null)).toBe(false)
  })
})

describe('how fresh the score is', () => {
  it('reads as minutes or hours ago', () => {
    const now = new Date('2026-12-07T10:00:00Z')
    expect(sinceText('2026-12-07T09:59:30Z', now)).toBe('刚刚')
    expect(sinceText('2026-12-07T09:57:00Z', now)).toBe('3 分钟前')
    expect(sinceText('2026-12-07T08:00:00Z', now)).toBe('2 小时前')
  })
})

describe('whether the score has caught up with the indicators read', () => {
  const reflects = (indicatorsRevision: number | null, actualsRevision: number | null) => ({
    budgetRevision: 1, ledgerRevision: 1, ledgerRecordedAt: null, executionSummaryRevision: null, indicatorsRevision, actualsRevision,
  })

  it('is behind until the actuals or the definition reach the revision the save answered', () => {
    expect(scoreBehind(reflects(10, 11), 12)).toBe(true)
    expect(scoreBehind(reflects(10, 12), 12)).toBe(false)
    expect(scoreBehind(reflects(12, null), 12)).toBe(false)
  })

  it('counts as caught up when the service tells no revisions', () => {
    expect(scoreBehind(null, 12)).toBe(false)
    expect(scoreBehind(reflects(null, null), undefined)).toBe(false)
  })
})
