import { describe, expect, it } from 'vitest'
import type { Budget } from '@/api/budget'
import {
  amountProblem, classificationRows, differenceText, draftOf, duplicateCodes, readyToSave, sourceRows, sumChecks,
  type BudgetDraft,
} from './budgetSums'

function draft(initial: string, sources: Array<[string, string]>, classifications: Array<[string, string]>): BudgetDraft {
  const names = ['本年财政拨款', '上年结转资金', '其他资金']
  const keys = ['CURRENT_YEAR_APPROPRIATION', 'PRIOR_YEAR_CARRYOVER', 'OTHER'] as const
  return {
    initial,
    sources: keys.map((source, i) => ({ source, name: names[i], initial: sources[i]?.[0] ?? '', fullYear: sources[i]?.[1] ?? '' })),
    classifications: classifications.map(([code, amount]) => ({ code, name: '', amount })),
  }
}

describe('a budget’s breakdowns add up to the fen, checked as the editor types', () => {
  it('a budget whose sources and classifications add up to 年初预算数 and 全年预算数 can be saved', () => {
    const budget = draft('2,000,000.00', [['1,500,000', '1,500,000'], ['500000.00', '500000.00']], [['30227', '2000000']])
    expect(sumChecks(budget, 200_000_000n).every((c) => c.ok)).toBe(true)
    expect(readyToSave(budget, 200_000_000n)).toBe(true)
  })

  it('one fen missing in the classifications is caught, and says by how much', () => {
    const budget = draft('2000000', [['2000000', '2000000']], [['30227', '1999999.99']])
    const classifications = sumChecks(budget, 200_000_000n).find((c) => c.label === '各经济分类金额合计')!
    expect(classifications.ok).toBe(false)
    expect(classifications.difference).toBe(-1n)
    expect(differenceText(classifications)).toBe('少 0.01 元')
    expect(readyToSave(budget, 200_000_000n)).toBe(false)
  })

  it('sums that float arithmetic gets wrong are exact: 0.10 + 0.20 is 0.30', () => {
    const budget = draft('0.30', [['0.10', '0.10'], ['0.20', '0.20']], [['30227', '0.30']])
    expect(sumChecks(budget, 30n).every((c) => c.ok)).toBe(true)
  })

  it('too much is said as 多', () => {
    const budget = draft('100', [['150', '150']], [['30227', '100']])
    expect(differenceText(sumChecks(budget, 10_000n)[0])).toBe('多 50.00 元')
  })

  it('an adjustment checks only the full-year sums: the sources’ initial amounts stay as they were', () => {
    const budget = draft('1,500,000.00', [['1,200,000.00', '1,300,000'], ['300,000.00', '300,000']], [['30227', '1600000']])
    const checks = sumChecks(budget, 160_000_000n, false)
    expect(checks.map((c) => c.label)).toEqual(['各资金来源全年预算数合计', '各经济分类金额合计'])
    expect(readyToSave(budget, 160_000_000n, false)).toBe(true)
  })

  it('an amount with three decimals, letters or a minus sign is refused where it is typed', () => {
    expect(amountProblem('1.234')).toBe('金额应为数字，最多两位小数')
    expect(amountProblem('一百')).toBe('金额应为数字，最多两位小数')
    expect(amountProblem('-5')).toBe('金额不能为负')
    expect(amountProblem('-5', { allowNegative: true })).toBe('')
    expect(amountProblem('', { required: true })).toBe('请填写金额')
    expect(amountProblem('1,234.50')).toBe('')
  })

  it('a classification entered twice is named, and the budget cannot be saved', () => {
    const budget = draft('100', [['100', '100']], [['30227', '50'], ['30227', '50']])
    expect(duplicateCodes(budget.classifications)).toEqual(['30227'])
    expect(readyToSave(budget, 10_000n)).toBe(false)
  })

  it('goes to the API as exact text in 元: blank sources as 0.00, rows without a code left out', () => {
    const budget = draft('2,000,000', [['2,000,000', '2,000,000.5']], [['30227', '2,000,000.50'], ['', '']])
    expect(sourceRows(budget)).toEqual([
      { source: 'CURRENT_YEAR_APPROPRIATION', initial: '2000000.00', fullYear: '2000000.50' },
      { source: 'PRIOR_YEAR_CARRYOVER', initial: '0.00', fullYear: '0.00' },
      { source: 'OTHER', initial: '0.00', fullYear: '0.00' },
    ])
    expect(classificationRows(budget)).toEqual([{ code: '30227', amount: '2000000.50' }])
  })

  it('starts from the stored budget written with separators, every source in the form’s order', () => {
    const stored = {
      initialBudget: { yuan: 2000000, wan: 200 },
      bySource: [{ source: 'CURRENT_YEAR_APPROPRIATION', name: '本年财政拨款', initial: { yuan: 2000000, wan: 200 }, fullYear: { yuan: 2000000, wan: 200 } }],
      byClassification: [{ code: '30227', name: '委托业务费', amount: { yuan: 2000000, wan: 200 } }],
    } as unknown as Budget
    const started = draftOf(stored)
    expect(started.initial).toBe('2,000,000.00')
    expect(started.sources.map((s) => [s.name, s.initial])).toEqual([
      ['本年财政拨款', '2,000,000.00'], ['上年结转资金', ''], ['其他资金', ''],
    ])
    expect(started.classifications).toEqual([{ code: '30227', name: '委托业务费', amount: '2,000,000.00' }])
  })
})
