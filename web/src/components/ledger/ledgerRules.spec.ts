import { describe, expect, it } from 'vitest'
import { errorRows, ledgerFileProblem, monitoringMonth, spendingSeries } from './ledgerRules'

describe('what the 支出明细 page checks and shows', () => {
  it('only XLSX and CSV files up to 20 MB are sent', () => {
    expect(ledgerFileProblem({ name: '支出明细.xlsx', size: 10_000 })).toBe('')
    expect(ledgerFileProblem({ name: 'ledger.CSV', size: 10 })).toBe('')
    expect(ledgerFileProblem({ name: '支出明细.xls', size: 10_000 })).toContain('不是 XLSX 或 CSV 文件')
    expect(ledgerFileProblem({ name: '空.csv', size: 0 })).toContain('空文件')
    expect(ledgerFileProblem({ name: '大.xlsx', size: 21 * 1024 * 1024 })).toContain('超过 20 MB')
  })

  it('a refused row reads in Chinese only', () => {
    const rows = errorRows([{ row: 3, column: '金额（元）', cell: 'B3', value: 'abc', reason: '金额不是数字 / The amount is not a number' }])
    expect(rows[0].reasonText).toBe('金额不是数字')
  })

  it('the light is judged at the current month during the budget year, at December after it', () => {
    expect(monitoringMonth(2023, new Date(2026, 11, 7))).toBe(12)
    expect(monitoringMonth(2026, new Date(2026, 5, 7))).toBe(6)
    expect(monitoringMonth(2027, new Date(2026, 11, 7))).toBe(1)
  })

  it('the chart adds up the months exactly and spreads the budget evenly, in 万元', () => {
    const series = spendingSeries(
      [{ month: 2, amount: 113600 }, { month: 3, amount: '131150.50' }, { month: 12, amount: 1755249.5 }],
      2000000,
    )
    expect(series.months[0]).toBe('1月')
    expect(series.monthly.slice(0, 3)).toEqual([0, 11.36, 13.11505])
    expect(series.cumulative[2]).toBe(24.47505)
    expect(series.cumulative[11]).toBe(200)
    expect(series.plan[5]).toBe(100)
    expect(series.budget).toBe(200)
  })

  it('without a budget the chart draws spending only', () => {
    const series = spendingSeries([], null)
    expect(series.budget).toBeUndefined()
    expect(series.plan).toEqual([])
    expect(series.cumulative.every((v) => v === 0)).toBe(true)
  })
})
