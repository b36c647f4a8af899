import { describe, expect, it } from 'vitest'
import type { IndicatorView } from '@/api/indicators'
import { batchOf, editsOf, needsDeviationNote, refusedLines } from './actuals'

const line = (id: string, actual: string | null, note: string | null = null, extra: Partial<IndicatorView> = {}): IndicatorView => ({
  id, name: id, target: null, comparison: null, direction: null, directionLabel: null, directionSource: null, weight: 5,
  dataSource: null, notApplicable: false, actual: actual === null ? null : { text: actual, value: null, unit: null, deviationNote: note },
  actualReadAs: null, reached: null, missing: [], ...extra,
})

describe('the one save of all actuals', () => {
  const tree = [line('a', '9次'), line('b', null), line('c', '100%'), line('na', null, null, { notApplicable: true })]

  it('sends only the lines changed, in the order of the tree, with their notes', () => {
    const edits = editsOf(tree)
    edits.c.actual = '98%'
    edits.c.note = '个别点位整改延后'
    edits.a.actual = ' 10次 '
    expect(batchOf(tree, edits)).toEqual({
      lines: [{ indicatorId: 'a', actual: '10次' }, { indicatorId: 'c', actual: '98%', deviationNote: '个别点位整改延后' }],
      problems: {},
    })
  })

  it('sends nothing for a line left blank, and refuses emptying one reported before', () => {
    const edits = editsOf(tree)
    edits.a.actual = ''
    const batch = batchOf(tree, edits)
    expect(batch.lines).toEqual([])
    expect(batch.problems.a).toContain('不能清空')
  })

  it('a note needs its actual', () => {
    const edits = editsOf(tree)
    edits.b.note = '原因……'
    expect(batchOf(tree, edits).problems.b).toBe('请先填写实际完成值')
  })

  it('a refusal names its lines by their place in the batch; they are found again by indicator', () => {
    const sent = [{ indicatorId: 'a', actual: 'x' }, { indicatorId: 'c', actual: 'y' }]
    expect(refusedLines(sent, [{ field: 'actuals[1].actual', message: '第 2 行“c”的实际完成值：无法识别 / Line 2 …' }]))
      .toEqual({ c: '第 2 行“c”的实际完成值：无法识别' })
  })
})

describe('the 偏差原因分析及改进措施 is asked for on every line below full marks', () => {
  it('by the score of the line', () => {
    const reported = line('a', '9次')
    expect(needsDeviationNote(reported, { score: 18, scaledWeight: 20, notApplicable: false })).toBe(true)
    expect(needsDeviationNote(reported, { score: 20, scaledWeight: 20, notApplicable: false })).toBe(false)
    expect(needsDeviationNote(reported, { score: 19.99, scaledWeight: 20, notApplicable: false })).toBe(true)
  })

  it("under the template's own threshold", () => {
    expect(needsDeviationNote(line('a', '9次'), { score: 18, scaledWeight: 20, notApplicable: false }, 80)).toBe(false)
    expect(needsDeviationNote(line('a', '9次'), { score: 15, scaledWeight: 20, notApplicable: false }, 80)).toBe(true)
  })

  it('not before the actual is reported', () => {
    expect(needsDeviationNote(line('b', null), { score: 0, scaledWeight: 10, notApplicable: false })).toBe(false)
  })

  it('before any score, by whether the target was reached; never for a line 不适用', () => {
    expect(needsDeviationNote(line('a', '9次', null, { reached: false }), undefined)).toBe(true)
    expect(needsDeviationNote(line('a', '10次', null, { reached: true }), undefined)).toBe(false)
    expect(needsDeviationNote(line('na', null, null, { notApplicable: true, reached: false }), undefined)).toBe(false)
  })
})
