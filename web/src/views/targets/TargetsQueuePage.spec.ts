import { afterEach, describe, expect, it, vi } from 'vitest'
import { STREET_NAMES_URL, streetNames } from '@/testing/fakeHttp'
import { BLANK, mountPage, unmountPages } from '@/testing/mountPage'
import { writeControls } from '@/testing/writeControls'
import TargetsQueuePage from './TargetsQueuePage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), requested: [] as string[] }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers, { byPath: true }))
const rows = { all: [] as Array<Record<string, unknown>> }

const row = (code: string, state: string, streetId = 'jixiao:panlong:jinchen') => ({
  projectId: `p-${code}`, streetId, projectCode: code, projectName: `项目 ${code}`, year: 2023, state,
  stateLabel: { SUBMITTED: '已提交', APPROVED: '已批复', RETURNED: '已退回' }[state], lastStepBy: 'jinchen-editor',
  lastStepAt: '2026-12-07T02:00:00Z', version: 3, adjustmentOpen: false,
})

async function open(roles: string[], query = '') {
  answers.requested.length = 0
  answers.get.clear()
  // the service filters by the state it is given, as project-service's list does
  answers.get.set('/api/projects/targets', (asked: URLSearchParams) => rows.all.filter((r) => r.state === asked.get('state')))
  answers.get.set(STREET_NAMES_URL, streetNames({ 'jixiao:panlong:jinchen': '金辰街道', 'jixiao:panlong:tuodong': '拓东街道' }))
  return mountPage(TargetsQueuePage, {
    roles, path: `/district/targets${query}`,
    routes: [
      { path: '/district/targets', name: 'targets-queue', component: TargetsQueuePage },
      { path: '/district/targets/:projectId', name: 'targets-review', component: BLANK },
    ],
  })
}

describe('目标审核 queue', { timeout: 30_000 }, () => {
  afterEach(unmountPages)

  it('asks the service for the submitted targets first and lists them with street, project and when submitted', async () => {
    rows.all = [row('A-1', 'SUBMITTED'), row('A-2', 'APPROVED'), row('B-1', 'SUBMITTED', 'jixiao:panlong:tuodong')]
    const page = await open(['district-overseer'])
    expect(answers.requested).toContain('/api/projects/targets?state=SUBMITTED')
    const lines = page.findAll('[data-testid=targets-queue-row]')
    expect(lines.map((l) => l.attributes('data-project-code'))).toEqual(['A-1', 'B-1'])
    expect(lines[0].text()).toContain('金辰街道')
    expect(lines[1].text()).toContain('拓东街道')
    expect(lines[0].text()).toContain('jinchen-editor')
    expect(page.text()).toContain('提交时间')
    const action = lines[0].get('[data-testid=targets-queue-open]')
    expect(action.text()).toBe('审核')
    expect(action.attributes('href')).toBe('/district/targets/p-A-1')
  })

  it('opens on the tab the address names, narrowed to a year', async () => {
    rows.all = [row('A-1', 'SUBMITTED'), row('A-2', 'APPROVED')]
    const page = await open(['district-overseer'], '?state=APPROVED&year=2023')
    expect(answers.requested).toContain('/api/projects/targets?state=APPROVED&year=2023')
    expect(page.findAll('[data-testid=targets-queue-row]').map((l) => l.attributes('data-project-code'))).toEqual(['A-2'])
    expect(page.text()).toContain('批复时间')
  })

  it('gives an auditor the same lists to read, each line to view, and no write', async () => {
    rows.all = [row('A-1', 'SUBMITTED')]
    const page = await open(['auditor'])
    expect(page.text()).toContain('只读')
    expect(page.get('[data-testid=targets-queue-open]').text()).toBe('查看')
    expect(writeControls()).toEqual([])
  })

  it('lists the approved targets with an adjustment request open under 调整待审核, with who asked and when', async () => {
    rows.all = [{ ...row('A-4', 'APPROVED'), adjustmentOpen: true, adjustmentRequestedBy: 'jinchen-approver', adjustmentRequestedAt: '2026-12-07T05:00:00Z' }]
    const page = await open(['district-overseer'], '?state=ADJUSTMENT')
    expect(answers.requested).toContain('/api/projects/targets?state=APPROVED&adjustmentOpen=true')
    const line = page.get('[data-testid=targets-queue-row]')
    expect(line.text()).toContain('jinchen-approver')
    expect(page.text()).toContain('申请时间')
    expect(line.get('[data-testid=targets-queue-open]').text()).toBe('审核')
  })
})
