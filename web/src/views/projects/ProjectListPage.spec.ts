import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '@/stores/session'
import ProjectListPage from './ProjectListPage.vue'

const api = vi.hoisted(() => ({ get: vi.fn() }))
vi.mock('@/api/http', async (original) => ({
  ...(await original<typeof import('@/api/http')>()),
  http: { get: api.get },
}))

const seed = {
  id: 'p-seed', districtId: 'panlong', streetId: 'jinchen', code: '530103-2023-MZTJ-001', year: 2023,
  name: '创建全省民族团结进步示范街道专项资金', registeredBy: 'demo-seed', registeredAt: '2026-12-07T02:41:00Z', version: 1,
  details: { name: '创建全省民族团结进步示范街道专项资金', implementingUnit: '金辰街道办事处', status: 'COMPLETED' },
}

async function open(roles: string[], query = '') {
  const session = useSession()
  session.me = { username: 'someone', roles }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/projects', component: ProjectListPage },
      { path: '/projects/new', component: { template: '<div />' } },
      { path: '/projects/:id/overview', component: { template: '<div />' } },
    ],
  })
  await router.push(`/projects${query}`)
  const page = mount(ProjectListPage, { global: { plugins: [router] } })
  await flushPromises()
  return { page, router }
}

describe('项目: the street’s projects', { timeout: 90_000 }, () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    api.get.mockReset()
    api.get.mockResolvedValue({ items: [seed], page: 0, size: 20, total: 1 })
  })

  it('lists each project with a link to open it, its status in Chinese', async () => {
    const { page } = await open(['street-editor'])
    const link = page.get('[data-testid=project-list] [data-testid=project-link]')
    expect(link.text()).toBe('创建全省民族团结进步示范街道专项资金')
    expect(link.attributes('href')).toBe('/projects/p-seed/overview')
    expect(page.get('[data-testid=project-list]').text()).toContain('已完成')
  })

  it('a street editor may register a project; an approver may not', async () => {
    expect((await open(['street-editor'])).page.find('[data-testid=register-project]').exists()).toBe(true)
    expect((await open(['street-approver'])).page.find('[data-testid=register-project]').exists()).toBe(false)
  })

  it('the filter in the address narrows the list the server is asked for, a page at a time', async () => {
    await open(['street-editor'], '?year=2023&status=COMPLETED&q=MZTJ&page=2')
    expect(api.get).toHaveBeenCalledWith('/api/projects?year=2023&status=COMPLETED&q=MZTJ&page=1&size=20')
  })

  it('says so when nothing matches, and when the server fails it says why in Chinese', async () => {
    api.get.mockResolvedValueOnce({ items: [], page: 0, size: 20, total: 0 })
    const { page } = await open(['street-editor'], '?q=nothing')
    expect(page.text()).toContain('没有符合条件的项目')

    const { ApiProblem } = await import('@/api/http')
    api.get.mockRejectedValueOnce(new ApiProblem(503, { title: '服务暂不可用 / Service unavailable' }))
    const failed = await open(['street-editor'])
    expect(failed.page.text()).toContain('项目列表加载失败：服务暂不可用')
  })

  it('a returned self-evaluation shows 已退回 and the district’s latest comment, who and when, in its row', async () => {
    const step = (step: string, from: string, to: string, at: string, comment: string | null = null) =>
      ({ step, from, to, actor: 'jixiao:panlong:panlong-overseer', at, comment })
    api.get.mockImplementation(async (url: string) => (url === '/api/evaluations'
      ? [{
          id: 'e1', projectId: 'p-seed', round: 1, status: 'RETURNED', total: 98, grade: '优', version: 7,
          history: [
            step('SUBMIT', 'DRAFT', 'SUBMITTED', '2026-12-07T03:00:00Z'),
            step('RETURN', 'UNDER_REVIEW', 'RETURNED', '2026-12-07T03:10:00Z', '请补充第一次退回的材料'),
            step('SUBMIT', 'RETURNED', 'SUBMITTED', '2026-12-07T03:20:00Z'),
            step('RETURN', 'UNDER_REVIEW', 'RETURNED', '2026-12-07T03:30:00Z', '满意度调查样本不足，请补充'),
          ],
        }]
      : { items: [seed], page: 0, size: 20, total: 1 }))
    const { page } = await open(['street-editor'])
    await flushPromises()
    expect(page.get('[data-testid=evaluation-status]').text()).toBe('已退回')
    const comment = page.get('[data-testid=return-comment]').text()
    expect(comment).toContain('满意度调查样本不足，请补充')
    expect(comment).not.toContain('第一次')
    expect(comment).toContain('panlong-overseer')
  })
})
