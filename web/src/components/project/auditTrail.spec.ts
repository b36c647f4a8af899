import { describe, expect, it } from 'vitest'
import { answerOf } from '@/testing/seedAnswers'
import type { AuditEntry } from '@/api/projects'
import { changesOf, mergeTrail } from './auditTrail'

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 'a', projectId: 'P1', subject: 'budget', action: 'set', actor: 'jinchen-editor', at: '2026-12-07T05:00:00Z',
  before: null, after: null, ...over,
})

describe('审计轨迹: the project’s changes and the workflow’s steps in one time order', () => {
  it('says what a change was before and after, money in 元 with separators, ids left out', () => {
    const changes = changesOf(
      { initialBudget: 2000000.0, fullYearBudget: 2000000.0, projectId: 'P1', version: 1 },
      { initialBudget: 2150000.5, fullYearBudget: 2000000.0, projectId: 'P1', version: 2 },
    )
    expect(changes).toEqual([{ field: '年初预算数', before: '2,000,000.00 元', after: '2,150,000.50 元' }])
  })

  it('compares a nested total field by field, and a new part has no before', () => {
    expect(changesOf({ totals: { executed: 0, entryCount: 0 } }, { totals: { executed: 1136000, entryCount: 30 } })).toEqual([
      { field: '合计 · 执行数', before: '0.00 元', after: '1,136,000.00 元' },
      { field: '合计 · 笔数', before: '0', after: '30' },
    ])
    expect(changesOf(null, { title: '基础数据表' })).toEqual([{ field: '名称', before: null, after: '基础数据表' }])
  })

  it('merges the seed project’s trail with its self-evaluation steps by instant, not by text', () => {
    const entries = answerOf('/api/projects/P1/audit') as AuditEntry[]
    const history = answerOf('/api/evaluations/E1/history') as { rounds: Array<{ round: number; steps: never[] }> }
    const rows = mergeTrail(entries, history.rounds)
    expect(rows).toHaveLength(entries.length + history.rounds[0].steps.length)
    expect(rows[0].action).toBe('登记项目')
    const times = rows.map((r) => Date.parse(r.at))
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    expect(rows.some((r) => r.kind === '自评流程' && r.action === '自评' && r.actor === 'jinchen-editor')).toBe(true)

    const uneven = mergeTrail(
      [entry({ id: 'late', at: '2026-12-07T05:23:37.255Z' })],
      [{ round: 2, steps: [{ step: 'RETURN', from: 'UNDER_REVIEW', to: 'RETURNED', actor: 'jixiao:panlong:panlong-overseer', at: '2026-12-07T05:23:37.25Z', comment: '补充' }] }],
    )
    expect(uneven.map((r) => r.action)).toEqual(['退回（第 2 轮）', '录入预算'])
    expect(uneven[0].changes).toEqual([{ field: '自评状态', before: '复核中', after: '已退回' }])
    expect(uneven[0].comment).toBe('补充')
  })
})
