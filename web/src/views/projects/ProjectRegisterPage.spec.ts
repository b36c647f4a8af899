import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import ProjectRegisterPage from './ProjectRegisterPage.vue'

const api = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn() }))
vi.mock('@/api/http', async (original) => ({
  ...(await original<typeof import('@/api/http')>()),
  http: { get: api.get, post: api.post },
}))

const registered = {
  id: 'p-new', districtId: 'panlong', streetId: 'jinchen', code: 'WEB-A-2023-1', year: 2023, name: '新登记的项目',
  registeredBy: 'jinchen-editor', registeredAt: '2026-12-07T03:00:00Z', version: 0,
  details: { name: '新登记的项目', competentDepartment: '金辰街道办事处', implementingUnit: '金辰街道办事处', status: 'REGISTERED' },
}

async function open() {
  useSession().me = { username: 'jinchen-editor', roles: ['street-editor'] }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/projects', component: { template: '<div />' } },
      { path: '/projects/new', component: ProjectRegisterPage },
      { path: '/projects/:id/overview', component: { template: '<div class="opened" />' } },
    ],
  })
  await router.push('/projects/new')
  const page = mount(ProjectRegisterPage, {
    global: { plugins: [router], stubs: { transition: false, 'transition-group': false } },
    attachTo: document.body,
  })
  await flushPromises()
  return { page, router }
}

async function fill(page: ReturnType<typeof mount>, values: string[]) {
  const inputs = page.findAll('input[type=text]:not([readonly])')
  const texts = inputs.filter((i) => !i.attributes('role'))
  for (let i = 0; i < values.length; i++) await texts[i].setValue(values[i])
}

describe('登记项目', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    api.get.mockReset()
    api.post.mockReset()
  })

  it('says what is wrong with a code as it is typed', async () => {
    const { page } = await open()
    await fill(page, ['530103 2023/001'])
    await flushPromises()
    // the field turns to its error state while typing (the message itself is drawn by Element Plus)
    expect(page.findAll('.el-form-item')[0].classes()).toContain('is-error')
    expect(page.findAll('.el-form-item')[1].classes()).not.toContain('is-error')
    page.unmount()
  })

  it('registers the project and opens it; its self-evaluation is looked up until it appears', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    api.post.mockResolvedValue(registered)
    api.get.mockResolvedValueOnce([]).mockResolvedValue([{ id: 'ev-1', projectId: 'p-new', round: 1, status: 'DRAFT', total: null, grade: null, version: 0 }])
    const { page, router } = await open()
    await fill(page, ['WEB-A-2023-1', '新登记的项目', '金辰街道办事处', '金辰街道办事处'])
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(api.post).toHaveBeenCalledWith('/api/projects', expect.objectContaining({
      code: 'WEB-A-2023-1', name: '新登记的项目', competentDepartment: '金辰街道办事处', implementingUnit: '金辰街道办事处',
    }))
    expect(router.currentRoute.value.path).toBe('/projects/p-new/overview')
    expect(useProject().project?.id).toBe('p-new')

    await vi.advanceTimersByTimeAsync(1500)
    await flushPromises()
    expect(api.get).toHaveBeenCalledWith('/api/evaluations?projectId=p-new')
    expect(useProject().evaluation?.id).toBe('ev-1')
    vi.useRealTimers()
    page.unmount()
  })
})
