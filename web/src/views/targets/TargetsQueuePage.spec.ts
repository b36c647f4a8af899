import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '@/stores/session'
import { writeControls } from '@/testing/writeControls'
import TargetsQueuePage from './TargetsQueuePage.vue'

const requested = vi.hoisted(() => [] as string[])
const rows = vi.hoisted(() => ({ all: [] as Array<Record<string, unknown>> }))
vi.mock('@/api/http', async (original) => {
  const real = await original<typeof import('@/api/http')>()
  const get = async (url: string) => {
    requested.push(url)
    if (url.startsWith('/api/projects/targets?')) {
      // the service filters by the state it is given, as project-service's list does
      const state = new URL(url, 'http://x').searchParams.get('state')
      return structuredClone(rows.all.filter((r) => r.state === state))
    }
    if (url === '/api/tenants/names') {
      return { districts: [{ id: 'jixiao:panlong', name: '盘龙区', streets: [{ id: 'jixiao:panlong:jinchen', name: '金辰街道' }, { id: 'jixiao:panlong:tuodong', name: '拓东街道' }] }] }
    }
    throw new real.ApiProblem(404, { title: '未找到 / Not found' })
  }
  return { ...real, http: { get } }
})

const row = (code: string, state: string, streetId = 'jixiao:panlong:jinchen') => ({
  projectId: `p-${code}`, streetId, projectCode: code, projectName: `项目 ${code}`, year: 2023, state,
  stateLabel: { SUBMITTED: '已提交', APPROVED: '已批复', RETURNED: '已退回' }[state], lastStepBy: 'jinchen-editor',
  lastStepAt: '2026-12-07T02:00:00Z', version: 3, adjustmentOpen: false,
})

let mounted: { unmount(): void } | undefined

async function open(roles: string[], query = '') {
  setActivePinia(createPinia())
  requested.length = 0
  useSession().me = { username: 'u', roles }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/district/targets', name: 'targets-queue', component: TargetsQueuePage },
      { path: '/district/targets/:projectId', name: 'targets-review', component: { template: '<div />' } },
    ],
  })
  await router.push(`/district/targets${query}`)
  const page = mount(TargetsQueuePage, { global: { plugins: [router] }, attachTo: document.body })
  mounted = page
  await flushPromises()
  return page
}

describe('目标审核 queue', { timeout: 30_000 }, () => {
  afterEach(() => {
    mounted?.unmount()
    mounted = undefined
    document.body.innerHTML = ''
  })

  it('asks the service for the submitted targets first and lists them with street, project and when submitted', async () => {
    rows.all = [row('A-1', 'SUBMITTED'), row('A-2', 'APPROVED'), row('B-1', 'SUBMITTED', 'jixiao:panlong:tuodong')]
    const page = await open(['district-overseer'])
    expect(requested).toContain('/api/projects/targets?state=SUBMITTED')
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
    expect(requested).toContain('/api/projects/targets?state=APPROVED&year=2023')
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
    expect(requested).toContain('/api/projects/targets?state=APPROVED&adjustmentOpen=true')
    const line = page.get('[data-testid=targets-queue-row]')
    expect(line.text()).toContain('jinchen-approver')
    expect(page.text()).toContain('申请时间')
    expect(line.get('[data-testid=targets-queue-open]').text()).toBe('审核')
  })
})
