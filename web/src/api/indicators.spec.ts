import { describe, expect, it } from 'vitest'
import { listedProblems } from './indicators'

describe('refused cells are listed alike, whatever refused them', () => {
  it('a refused tree or batch names its lines and columns', () => {
    expect(listedProblems({ cells: [{ row: 2, indicator: '培训场次', column: '分值', value: '0', reason: '分值应大于 0 / …' }] }))
      .toEqual([{ row: 2, place: '培训场次', column: '分值', value: '0', reason: '分值应大于 0 / …' }])
  })

  it('a refused workbook names its cells', () => {
    expect(listedProblems({ errors: [{ row: 3, column: 'F', columnName: '实际完成值', value: 'abc', reason: '无法识别' }] }))
      .toEqual([{ row: 3, place: 'F3', column: '实际完成值', value: 'abc', reason: '无法识别' }])
  })

  it('field errors without rows are not cells', () => {
    expect(listedProblems({ errors: [{ field: 'version', message: '不能为空' }] })).toEqual([])
    expect(listedProblems({})).toEqual([])
  })
})
