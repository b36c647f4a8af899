import { describe, expect, it } from 'vitest'
import type { IndicatorTree } from '@/api/indicators'
import { draftOf, inputsOf, lineProblems, moved, newKey, ordered, spans, type DraftLine } from './draft'

const blank = (over: Partial<DraftLine>): DraftLine => ({
  key: newKey(), category: 'OUTPUT', dimension: 'QUANTITY', name: '指标', target: '', direction: '', weight: '', dataSource: '',
  notApplicable: false, ...over,
})

describe('the tree as the street edits it', () => {
  it('is grouped as the form prints it and keeps the order entered within a 二级指标', () => {
    const lines = [
      blank({ name: '满意度', category: 'SATISFACTION', dimension: 'BENEFICIARY_SATISFACTION' }),
      blank({ name: '合格率', dimension: 'QUALITY' }),
      blank({ name: '次数 B' }),
      blank({ name: '次数 A' }),
    ]
    expect(ordered(lines).map((l) => l.name)).toEqual(['次数 B', '次数 A', '合格率', '满意度'])
    expect(inputsOf(lines).map((l) => l.name)).toEqual(['次数 B', '次数 A', '合格率', '满意度'])
  })

  it('moves a line up or down among the lines of its 二级指标 only', () => {
    const a = blank({ name: 'A' })
    const q = blank({ name: 'Q', dimension: 'QUALITY' })
    const b = blank({ name: 'B' })
    const lines = [a, q, b]
    expect(ordered(moved(lines, b, -1)).map((l) => l.name)).toEqual(['B', 'A', 'Q'])
    expect(moved(lines, a, -1)).toBe(lines)
    expect(moved(lines, q, 1)).toBe(lines)
  })

  it('merges the 一级 and 二级 cells over their lines', () => {
    const lines = ordered([blank({}), blank({}), blank({ dimension: 'QUALITY' }), blank({ category: 'EFFECT', dimension: 'SOCIAL_BENEFIT' })])
    expect(spans(lines)).toEqual([{ category: 3, dimension: 2 }, {}, { dimension: 1 }, { category: 1, dimension: 1 }])
  })

  it('saves a draft incomplete: blank target and 分值 go as nothing; a direction decided by the target is not sent as chosen', () => {
    const tree = {
      projectId: 'p', version: 2, revision: 3, completeness: {} as never,
      categories: [{ category: 'OUTPUT', label: '产出指标', weight: 20, dimensions: [{ dimension: 'QUANTITY', label: '数量指标', weight: 20, indicators: [
        { id: 'x', name: '次数', target: { text: '≥10次', comparator: 'GE', value: 10, upperValue: null, unit: '次' }, comparison: '≥', direction: 'POSITIVE',
          directionLabel: '正向', directionSource: 'TARGET', weight: 20, dataSource: null, notApplicable: false, actual: null, actualReadAs: null, reached: null, missing: [] },
      ] }] }],
    } as IndicatorTree
    const [line] = draftOf(tree)
    expect(line).toMatchObject({ id: 'x', target: '≥10次', direction: '', weight: '20.00' })
    const added = blank({ name: '新指标' })
    expect(inputsOf([line, added])[1]).toMatchObject({ name: '新指标', target: undefined, weight: null, direction: null })
    expect(inputsOf([line, added])[1].id).toBeUndefined()
  })

  it('checks as they type only what the service would refuse', () => {
    expect(lineProblems(blank({ name: '' })).name).toBe('请填写三级指标名称')
    expect(lineProblems(blank({ weight: '5.555' })).weight).toBe('分值最多两位小数')
    expect(lineProblems(blank({ weight: '5.555', notApplicable: true })).weight).toBeUndefined()
    expect(lineProblems(blank({ dimension: 'SOCIAL_BENEFIT' })).dimension).toBe('二级指标不属于所选一级指标')
    expect(lineProblems(blank({}))).toEqual({})
  })
})
