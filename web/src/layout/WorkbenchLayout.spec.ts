import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '@/stores/session'
import { useDirectory } from '@/stores/directory'
import WorkbenchLayout from './WorkbenchLayout.vue'

let mounted: { unmount(): void } | undefined

async function frame(roles: string[], me: Partial<ReturnType<typeof useSession>['me']> = {}) {
  setActivePinia(createPinia())
  useSession().me = { username: 'jinchen-editor', displayName: '晓明 李', roles, street: { id: 'jixiao:panlong:jinchen', name: '金辰街道' }, ...me }
  document.cookie = 'XSRF-TOKEN=token-123'
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  await router.push('/projects')
  const page = mount(WorkbenchLayout, { global: { plugins: [router] } })
  mounted = page
  await flushPromises()
  return page
}

describe('the workbench frame', { timeout: 30_000 }, () => {
  afterEach(() => mounted?.unmount())

  it('names the organisation, the person and their roles in Chinese', async () => {
    const page = await frame(['street-editor', 'street-approver'])
    expect(page.text()).toContain('金辰街道')
    expect(page.text()).toContain('晓明 李')
    expect(page.text()).toContain('街道填报人')
    expect(page.text()).toContain('街道审核人')
  })

  it('offers registering a project to an editor only', async () => {
    expect((await frame(['street-editor'])).text()).toContain('登记项目')
    mounted?.unmount()
    const approver = await frame(['street-approver'])
    expect(approver.text()).toContain('项目管理')
    expect(approver.text()).not.toContain('登记项目')
  })

  it('signs out with a form post carrying the CSRF token', async () => {
    const form = (await frame(['street-editor'])).get('form.logout')
    expect(form.attributes('method')).toBe('post')
    expect(form.attributes('action')).toBe('/logout')
    expect((form.get('input[name=_csrf]').element as HTMLInputElement).value).toBe('token-123')
  })

  it('shows the district and the street by name, from the directory when the token lacks them', async () => {
    setActivePinia(createPinia())
    const page = await frame(['street-editor'], {
      district: { id: 'jixiao:panlong' },
      street: { id: 'jixiao:panlong:jinchen' },
    })
    useDirectory().directory = {
      districts: [{ id: 'jixiao:panlong', name: '盘龙区', streets: [{ id: 'jixiao:panlong:jinchen', name: '金辰街道' }] }],
    }
    await flushPromises()
    expect(page.get('[data-testid=organisation]').text()).toBe('盘龙区 · 金辰街道')
  })

  it("gives the district's overseer the overview, the review queue, the templates and the summary, and no registering", async () => {
    const page = await frame(['district-overseer'], { street: undefined, district: { id: 'jixiao:panlong', name: '盘龙区' } })
    for (const title of ['全区概览', '审核', '目标审核', '绩效监控', '项目管理', '评价模板', '全区汇总']) expect(page.text()).toContain(title)
    expect(page.text()).not.toContain('登记项目')
    expect(page.text()).not.toContain('租户管理')
  })

  it('gives the auditor the same district pages to read, and nothing to register', async () => {
    const page = await frame(['auditor'], { street: undefined, district: { id: 'jixiao:panlong', name: '盘龙区' } })
    for (const title of ['全区概览', '审核', '目标审核', '绩效监控', '项目管理', '评价模板', '全区汇总']) expect(page.text()).toContain(title)
    expect(page.text()).not.toContain('登记项目')
  })

  it("gives the platform's administrator the tenants and no street's projects", async () => {
    const page = await frame(['platform-admin'], { street: undefined, district: undefined })
    const menu = page.get('[aria-label=主菜单]').text()
    expect(menu).toContain('租户管理')
    expect(menu).not.toContain('项目管理')
    expect(menu).not.toContain('全区概览')
  })
})
