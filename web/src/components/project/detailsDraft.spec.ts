import { describe, expect, it } from 'vitest'
import { changed, detailsOf, draftOf, keptAfterConflict, takeMine, textOf } from './detailsDraft'

const stored = {
  name: '创建全省民族团结进步示范街道专项资金',
  competentDepartment: '金辰街道办事处',
  implementingUnit: '金辰街道办事处',
  fundCategory: '专项资金',
  fundingSources: ['本年财政拨款'],
  periodStart: '2023-01-01',
  periodEnd: '2023-12-31',
  overview: '金辰街道是一个人口众多、民族多元的地区。',
  overallGoal: '打造铸牢中华民族共同体意识的示范街区。',
  annualGoals: ['加强党建引领。', '推动经济发展。'],
  status: 'COMPLETED' as const,
}

describe('the details a street edits, and what survives someone else saving first', () => {
  it('saves what was loaded unchanged', () => {
    expect(detailsOf(draftOf(stored))).toEqual(stored)
  })

  it('blank texts go as absent, blank goals are dropped and the goals keep their order', () => {
    const draft = draftOf(stored)
    draft.overview = '   '
    draft.annualGoals = ['', '推动经济发展。', '  ', '加强党建引领。']
    const details = detailsOf(draft)
    expect(details.overview).toBeNull()
    expect(details.annualGoals).toEqual(['推动经济发展。', '加强党建引领。'])
  })

  it('a project without goals yet starts with one empty goal to type into', () => {
    expect(draftOf({ name: '新项目' }).annualGoals).toEqual([''])
  })

  it('年度目标 read numbered, as the report prints them', () => {
    expect(textOf(draftOf(stored), 'annualGoals')).toBe('1. 加强党建引领。\n2. 推动经济发展。')
  })

  it('after a 409 the texts this user typed are kept wherever they differ from the reloaded ones', () => {
    const mine = draftOf(stored)
    mine.overallGoal = '我的总目标'
    const reloaded = draftOf({ ...stored, overview: '别人改过的概况' })
    const kept = keptAfterConflict(mine, reloaded)
    expect(Object.keys(kept).sort()).toEqual(['overallGoal', 'overview'])
    takeMine(reloaded, kept.overallGoal!, 'overallGoal')
    expect(reloaded.overallGoal).toBe('我的总目标')
    expect(reloaded.overview).toBe('别人改过的概况')
  })

  it('knows when there is something unsaved', () => {
    const loaded = draftOf(stored)
    const draft = draftOf(stored)
    expect(changed(draft, loaded)).toBe(false)
    draft.annualGoals.push('')
    expect(changed(draft, loaded)).toBe(false)
    draft.annualGoals[2] = '新的目标'
    expect(changed(draft, loaded)).toBe(true)
  })
})
