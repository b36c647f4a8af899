import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import ProjectDetailsPage from './ProjectDetailsPage.vue'

const api = vi.hoisted(() => ({ get: vi.fn(), put: vi.fn() }))
vi.mock('@/api/http', async (original) => ({
  ...(await original<typeof import('@/api/http')>()),
  http: { get: api.get, put: api.put },
}))

const project = (version: number, overallGoal: string) => ({
  id: 'p1', districtId: 'panlong', streetId: 'jinchen', code: 'WEB-A-1', year: 2023, name: '示范项目',
  registeredBy: 'jinchen-editor', registeredAt: '2026-12-07T02:41:00Z', version,
  details: {
    name: '示范项目', competentDepartment: '金辰街道办事处', implementingUnit: '金辰街道办事处', fundingSources: [],
    overview: '概况', overallGoal, annualGoals: ['第一条'], status: 'REGISTERED',
  },
})

async function open(roles: string[]) {
  useSession().me = { username: 'someone', roles }
  useProject().project = project(1, '原来的总目标') as never
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: ProjectDetailsPage }] })
  await router.push('/')
  const page = mount(ProjectDetailsPage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return page
}

function goal(page: ReturnType<typeof mount>) {
  return page.get('textarea[aria-label="总目标"]')
}

describe('项目概况: editing the details with the version read', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    api.get.mockReset()
    api.put.mockReset()
  })

  it('saves the texts with the version read', async () => {
    api.put.mockResolvedValue(project(2, '新的总目标'))
    const page = await open(['street-editor'])
    await goal(page).setValue('新的总目标')
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(api.put).toHaveBeenCalledWith('/api/projects/p1', expect.objectContaining({
      version: 1, details: expect.objectContaining({ overallGoal: '新的总目标', annualGoals: ['第一条'] }),
    }))
    page.unmount()
  })

  it('a 409 says someone else saved; reloading keeps what this user typed beside the reloaded text', async () => {
    const { ApiProblem } = await import('@/api/http')
    api.put.mockRejectedValueOnce(new ApiProblem(409, { title: '已被他人修改 / Changed meanwhile' }))
    api.get.mockResolvedValue(project(2, '别人保存的总目标'))
    const page = await open(['street-editor'])
    await goal(page).setValue('我输入的总目标')
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(page.text()).toContain('其他人在您之后保存了本项目')

    await page.findAll('button').find((b) => b.text().includes('载入最新内容'))!.trigger('click')
    await flushPromises()
    expect((goal(page).element as HTMLTextAreaElement).value).toBe('别人保存的总目标')
    const mine = page.get('aside[aria-label="您输入的总目标"]')
    expect(mine.text()).toContain('我输入的总目标')

    await mine.findAll('button').find((b) => b.text() === '采用我的输入')!.trigger('click')
    api.put.mockResolvedValueOnce(project(3, '我输入的总目标'))
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(api.put).toHaveBeenLastCalledWith('/api/projects/p1', expect.objectContaining({
      version: 2, details: expect.objectContaining({ overallGoal: '我输入的总目标' }),
    }))
    page.unmount()
  })

  it('an approver reads the details without a form', async () => {
    const page = await open(['street-approver'])
    expect(page.find('form').exists()).toBe(false)
    expect(page.text()).toContain('原来的总目标')
    expect(page.text()).toContain('1')
    page.unmount()
  })
})
