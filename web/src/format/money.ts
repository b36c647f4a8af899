/**
 * Money as a finance officer reads it: exact to the fen (分), never through floating point.
 *
 * Amounts arrive from the API as JSON numbers or strings in 元 with at most two decimals (BigDecimal on the server).
 * They are held here as a whole number of fen in a BigInt, added and compared exactly, and only turned back into text
 * for display: 元 with thousands separators and two decimals, or 万元 with two decimals as the printed forms show.
 */
export type Fen = bigint

const AMOUNT = /^([+-])?(\d+)(?:\.(\d*))?$/

/** Reads "1,234.5", "1234.50", 1234.5 or "" as fen; undefined when it is not an amount in 元 with at most two decimals. */
export function toFen(value: string | number | null | undefined): Fen | undefined {
  if (value === null || value === undefined) return undefined
  // a JSON number such as 2000000 or 1234.5 is written back as its shortest decimal text, which is exact for 元 with 2 decimals
  const text = (typeof value === 'number' ? numberText(value) : value).replace(/[,，\s]/g, '')
  if (text === '') return undefined
  const match = AMOUNT.exec(text)
  if (!match) return undefined
  const [, sign, whole, decimals = ''] = match
  if (decimals.length > 2) return undefined
  const fen = BigInt(whole) * 100n + BigInt((decimals + '00').slice(0, 2))
  return sign === '-' ? -fen : fen
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) return 'NaN'
  // toString gives exponent notation from 1e21, far beyond any budget
  return value.toString()
}

export function sumFen(values: Array<string | number | null | undefined>): Fen {
  return values.reduce<Fen>((total, v) => total + (toFen(v) ?? 0n), 0n)
}

/** 2,000,000.00 */
export function formatYuan(value: Fen | string | number | null | undefined): string {
  const fen = typeof value === 'bigint' ? value : toFen(value)
  if (fen === undefined) return '—'
  const negative = fen < 0n
  const abs = negative ? -fen : fen
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = (abs % 100n).toString().padStart(2, '0')
  return `${negative ? '-' : ''}${whole}.${cents}`
}

/** 200.00 (万元), rounded half up at the second decimal as the printed forms round. */
export function formatWanYuan(value: Fen | string | number | null | undefined): string {
  const fen = typeof value === 'bigint' ? value : toFen(value)
  if (fen === undefined) return '—'
  const negative = fen < 0n
  const abs = negative ? -fen : fen
  // one hundredth of a 万元 is 100 元 = 10,000 fen
  const hundredths = (abs + 5000n) / 10000n
  const whole = (hundredths / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = (hundredths % 100n).toString().padStart(2, '0')
  return `${negative ? '-' : ''}${whole}.${cents}`
}

/** The amount as the API takes it: "1234.50" (元, two decimals, no separators). */
export function fenToApi(fen: Fen): string {
  const negative = fen < 0n
  const abs = negative ? -fen : fen
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`
}
