import { sumFen, toFen } from './money'

/**
 * 分值 and 得分 as the printed form shows them: exact hundredths (20.00, 4.50, 15.99), held as a whole number of
 * hundredths in a BigInt like money's fen, never as a floating-point number. The one home of points on the page.
 */
export type Hundredths = bigint

export function toPoints(value: number | string | null | undefined): Hundredths | undefined {
  return toFen(value)
}

export function sumPoints(values: Array<string | number | null | undefined>): Hundredths {
  return sumFen(values)
}

/** 4.00, 12.50; a dash when there is none */
export function formatPoints(value: number | string | bigint | null | undefined): string {
  const h = typeof value === 'bigint' ? value : toPoints(value)
  if (h === undefined) return '—'
  const negative = h < 0n
  const abs = negative ? -h : h
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`
}
