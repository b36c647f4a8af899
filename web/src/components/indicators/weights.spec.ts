import { describe, expect, it } from 'vitest'
import type { EvaluationTemplate } from '@/api/indicators'
import { formatPoints } from '@/format/points'
import { checkWeights } from './weights'

const national: EvaluationTemplate = {
  id: 'national-default', version: 1, name: '全国通用项目支出绩效自评模板',
  parts: [{ part: 'BUDGET_EXECUTION', weight: 10 }, { part: 'OUTPUT', weight: 50 }, { part: 'EFFECT', weight: 30 }, { part: 'SATISFACTION', weight: 10 }],
}

describe('the weights of each part against the template', () => {
  it('sums each part as typed and says how far it is from the template', () => {
    const check = checkWeights([
      { category: 'OUTPUT', weight: '20' }, { category: 'OUTPUT', weight: '30' },
      { category: 'EFFECT', weight: '27.5' },
      { category: 'SATISFACTION', weight: '12' },
    ], national)
    const part = (name: string) => check.parts.find((p) => p.part === name)!
    expect(part('BUDGET_EXECUTION').state).toBe('budget')
    expect(part('OUTPUT').state).toBe('ok')
    expect(part('EFFECT')).toMatchObject({ state: 'short', difference: -250n })
    expect(part('SATISFACTION')).toMatchObject({ state: 'over', difference: 200n })
    expect(formatPoints(check.entered)).toBe('99.50')
    expect(formatPoints(check.template)).toBe('100.00')
    expect(check.fits).toBe(false)
  })

  it('fits when every part adds up to the template, the budget part counting with its own 分值', () => {
    const check = checkWeights([
      { category: 'OUTPUT', weight: 50 }, { category: 'EFFECT', weight: '30.00' }, { category: 'SATISFACTION', weight: '10' },
    ], national)
    expect(check.fits).toBe(true)
    expect(formatPoints(check.entered)).toBe('100.00')
  })

  it('a line 不适用 carries no weight, and a part the template does not score is flagged', () => {
    const check = checkWeights([
      { category: 'OUTPUT', weight: '50' }, { category: 'OUTPUT', weight: '5', notApplicable: true },
      { category: 'COST', weight: '5' },
    ], national)
    expect(check.parts.find((p) => p.part === 'OUTPUT')!.state).toBe('ok')
    expect(check.parts.find((p) => p.part === 'COST')).toMatchObject({ state: 'notInTemplate', label: '成本指标' })
  })

  it('without the template only the sums entered are known', () => {
    const check = checkWeights([{ category: 'OUTPUT', weight: '50' }], undefined)
    expect(check.fits).toBe(false)
    expect(check.parts).toHaveLength(1)
  })
})
