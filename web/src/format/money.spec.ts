import { describe, expect, it } from 'vitest'
import { fenToApi, formatWanYuan, formatYuan, sumFen, toFen } from './money'

describe('money is exact to the fen', () => {
  it('reads amounts as finance officers type them', () => {
    expect(toFen('2,000,000.00')).toBe(200000000n)
    expect(toFen('1234.5')).toBe(123450n)
    expect(toFen(1234.5)).toBe(123450n)
    expect(toFen('１')).toBeUndefined()
    expect(toFen('12.345')).toBeUndefined()
    expect(toFen('')).toBeUndefined()
    expect(toFen('-0.01')).toBe(-1n)
  })

  it('adds without floating point error', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point
    expect(sumFen(['0.10', '0.20'])).toBe(30n)
    expect(sumFen(Array(10).fill('0.10'))).toBe(100n)
  })

  it('shows 元 with separators and two decimals, and 万元 as the forms print it', () => {
    expect(formatYuan('2000000')).toBe('2,000,000.00')
    expect(formatYuan(-123450n)).toBe('-1,234.50')
    expect(formatWanYuan('2000000')).toBe('200.00')
    expect(formatWanYuan('1275049.99')).toBe('127.50')
    expect(formatWanYuan('1274949.99')).toBe('127.49')
    expect(formatYuan(undefined)).toBe('—')
  })

  it('writes amounts back in the API form', () => {
    expect(fenToApi(123450n)).toBe('1234.50')
    expect(fenToApi(-5n)).toBe('-0.05')
  })
})
