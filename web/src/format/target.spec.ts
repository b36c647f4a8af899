import { describe, expect, it } from 'vitest'
import { directionSymbol, targetReading, weightProblem } from './target'
import { formatPoints, sumPoints } from '@/format/points'

describe('a target and its direction as the 绩效指标 page shows them', () => {
  it('shows the comparator the street wrote, else the direction as =, ≥, ≤ or 定性', () => {
    expect(directionSymbol({ comparison: '≥', direction: 'POSITIVE', notApplicable: false }).symbol).toBe('≥')
    expect(directionSymbol({ comparison: '区间', direction: null, notApplicable: false }).symbol).toBe('区间')
    expect(directionSymbol({ comparison: null, direction: 'QUALITATIVE', notApplicable: false }).symbol).toBe('定性')
    expect(directionSymbol({ comparison: null, direction: 'NEGATIVE', notApplicable: false }).symbol).toBe('≤')
    expect(directionSymbol({ comparison: null, direction: 'EQUAL', notApplicable: false }).symbol).toBe('=')
  })

  it("marks a direction left to the template's default, and a line not applicable as /", () => {
    expect(directionSymbol({ comparison: null, direction: null, notApplicable: false }, 'POSITIVE'))
      .toEqual({ symbol: '≥', note: '按评价模板的默认方向' })
    expect(directionSymbol({ comparison: null, direction: null, notApplicable: false }).symbol).toBe('—')
    expect(directionSymbol({ comparison: '≥', direction: 'POSITIVE', notApplicable: true }).symbol).toBe('/')
  })

  it('words how the service read the written target', () => {
    expect(targetReading({ text: '≥10次', comparator: 'GE', value: 10, upperValue: null, unit: '次' })).toBe('≥ 10 次')
    expect(targetReading({ text: '≤202.6万元', comparator: 'LE', value: 202.6, upperValue: null, unit: '万元' })).toBe('≤ 202.6 万元')
    expect(targetReading({ text: '90%-95%', comparator: 'RANGE', value: 90, upperValue: 95, unit: '%' })).toBe('区间 90 至 95 %')
    expect(targetReading({ text: '按时完成', comparator: null, value: null, upperValue: null, unit: null })).toBe('定性（按文字评价）')
    expect(targetReading({ text: '1个', comparator: null, value: 1, upperValue: null, unit: '个' })).toBe('1 个（方向按评价模板默认）')
    expect(targetReading(null)).toBeUndefined()
  })
})

describe('分值 are added exactly, to two decimals', () => {
  it('sums without floating point error', () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004
    expect(formatPoints(sumPoints(['0.1', '0.2']))).toBe('0.30')
    expect(formatPoints(sumPoints([20.5, '29.5', null, '']))).toBe('50.00')
  })

  it('accepts a blank 分值 in a draft, refuses what the service refuses', () => {
    expect(weightProblem('')).toBeUndefined()
    expect(weightProblem('12.5')).toBeUndefined()
    expect(weightProblem('12.345')).toBe('分值最多两位小数')
    expect(weightProblem('0')).toBe('分值应大于 0')
    expect(weightProblem('十')).toBe('分值应为数字')
    expect(weightProblem('-3')).toBe('分值应为数字')
    expect(weightProblem('120')).toBe('分值不能超过 100')
  })
})
