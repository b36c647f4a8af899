import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProjectShell from './ProjectShell.vue'

/** project-service answers 404 for another street's project exactly as for one that does not exist. */
vi.mock('@/api/http', async (original) => {
  const real = await original<typeof import('@/api/http')>()
  const get = async (url: string) => {
    if (url === '/api/projects/p1') return { id: 'p1', code: '530103-2023-MZTJ-001', name: '示范街道专项资金', year: 2023, details: { name: '示范街道专项资金' } }
    if (url === '/api/evaluations?projectId=p1') return [{ id: 'e', projectId: 'p1', round: 1, status: 'SUBMITTED', total: 98, grade: '优', version: 3 }]
    throw new real.ApiProblem(404, { title: '项目不存在 / Project not found' })
  }
  return { ...real, http: { get } }
})

async function open(projectId: string) {
  setActivePinia(createPinia())
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  const page = mount(ProjectShell, { props: { projectId }, global: { plugins: [router] } })
  await flushPromises()
  return page
}

describe('a project frame', { timeout: 30_000 }, () => {
  it("shows another street's project as not found, and nothing of it", async () => {
    const page = await open('tuodong-project')
    expect(page.find('[data-testid=not-found]').exists()).toBe(true)
    expect(page.text()).toContain('该项目不存在，或不属于您所在的单位。')
    expect(page.find('nav.tabs').exists()).toBe(false)
  })

  it('names the project, its code and year, where its evaluation stands and its pages', async () => {
    const page = await open('p1')
    expect(page.text()).toContain('示范街道专项资金')
    expect(page.text()).toContain('530103-2023-MZTJ-001')
    expect(page.text()).toContain('已提交')
    expect(page.findAll('nav.tabs a').map((a) => a.text())).toContain('自评')
  })
})
