import { describe, expect, it } from 'vitest'
import { formatYuan } from '@/format/money'
import { formatPoints } from '@/format/points'
import { byStatus, byStreet, rateOf, shareOf, summaryUrl, type SummaryRow } from './summary'

const row = (streetName: string, budget: number | string, executed: number | string, gradeLabel: string | null, status = '填报中') =>
  ({ projectCode: 'x', projectName: 'x', streetName, budget, executed, ratePercent: null, score: null, gradeLabel, status }) as SummaryRow

describe('全区汇总: the streets’ subtotals are added in fen, exactly', () => {
  it('adds amounts a float would get wrong, and rates the street from the added amounts', () => {
    const [jinchen, tuodong] = byStreet([
      row('金辰街道', 0.1, 0.1, '优秀'),
      row('金辰街道', '0.20', 0.2, null),
      row('拓东街道', 1500000, 1275000, '良好', '已定稿'),
    ])
    expect(formatYuan(jinchen.budget)).toBe('0.30')
    expect(jinchen.projects).toBe(2)
    expect(jinchen.grades).toEqual({ 优秀: 1, 未评分: 1 })
    expect(formatPoints(jinchen.rate)).toBe('100.00')
    expect(formatYuan(tuodong.executed)).toBe('1,275,000.00')
    expect(formatPoints(tuodong.rate)).toBe('85.00')
  })

  it('the rate rounds half up at the second decimal and is none without a budget', () => {
    expect(formatPoints(rateOf(327500000n, 350000000n))).toBe('93.57')
    expect(formatPoints(rateOf(1n, 8n))).toBe('12.50')
    expect(formatPoints(rateOf(2n, 3n))).toBe('66.67')
    expect(rateOf(100n, 0n)).toBeUndefined()
    expect(formatPoints(shareOf(1, 3))).toBe('33.33')
    expect(shareOf(0, 0)).toBeUndefined()
  })

  it('counts the statuses as they are printed', () => {
    expect(byStatus([row('a', 1, 1, null), row('b', 1, 1, null, '已定稿'), row('c', 1, 1, null)]))
      .toEqual([{ status: '填报中', projects: 2 }, { status: '已定稿', projects: 1 }])
  })

  it('asks for the district’s summary and its downloads by the district’s id', () => {
    expect(summaryUrl('jixiao:panlong', 2023)).toBe('/api/reports/districts/jixiao%3Apanlong/summary?year=2023')
    expect(summaryUrl('jixiao:panlong', 2023, 'pdf')).toBe('/api/reports/districts/jixiao%3Apanlong/summary/pdf?year=2023')
  })
})
