import { afterEach, describe, expect, it, vi } from 'vitest'
import { BLANK, mountPage, unmountPages } from '@/testing/mountPage'
import { STREET_NAMES_URL, streetNames } from '@/testing/fakeHttp'
import { districtFlags, PROJECT_ID } from '@/testing/redFlagAnswers'
import { writeControls } from '@/testing/writeControls'
import RedFlagsPage from './RedFlagsPage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn(), requested: [] as string[] }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers))

async function open(roles: string[], query = '?year=2023') {
  answers.get.clear()
  answers.requested.splice(0)
  answers.get.set(STREET_NAMES_URL, streetNames({ 'jixiao:panlong:jinchen': '金辰街道', 'jixiao:panlong:tuodong': '拓东街道' }))
  answers.get.set('/api/red-flags?year=2023', districtFlags())
  answers.get.set('/api/red-flags?year=2023&streetId=jixiao%3Apanlong%3Ajinchen', districtFlags())
  return mountPage(RedFlagsPage, {
    roles, path: `/district/red-flags${query}`,
    routes: [
      { path: '/district/red-flags', name: 'red-flags', component: BLANK },
      { path: '/district/red-flags/:projectId', name: 'project-red-flags', component: BLANK },
    ],
  })
}

describe('审计线索: the district’s counts', { timeout: 30_000 }, () => {
  afterEach(unmountPages)

  it('counts the year’s flags per rule with its threshold, per street by name, and lists the projects with theirs', async () => {
    const page = await open(['district-overseer'])
    const rulesTable = page.get('[data-testid=red-flag-rules]')
    expect(rulesTable.text()).toContain('拆分支付规避采购限额')
    expect(rulesTable.text()).toContain('同一收款人 30 天内 2 笔及以上支付')
    expect(page.get('[data-testid=rule-count-SPLIT_PAYMENTS]').text()).toBe('1')
    expect(page.get('[data-testid=rule-count-YEAR_END_RUSH]').text()).toBe('0')
    expect(page.get('[data-testid=red-flag-streets]').text()).toContain('金辰街道')
    const project = page.get(`[data-testid=red-flag-project-${PROJECT_ID}]`)
    expect(project.text()).toContain('金实路示范街区改造专项资金')
    expect(project.attributes('href')).toBe(`/district/red-flags/${PROJECT_ID}`)
    expect(page.text()).toContain('共 2 条线索')
  })

  it('narrows to a street given in the address', async () => {
    await open(['auditor'], '?year=2023&streetId=jixiao:panlong:jinchen')
    expect(answers.requested).toContain('/api/red-flags?year=2023&streetId=jixiao%3Apanlong%3Ajinchen')
  })

  it('offers an auditor no write at all', async () => {
    await open(['auditor'])
    expect(writeControls()).toEqual([])
  })
})
