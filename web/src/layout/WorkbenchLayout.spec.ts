import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '@/stores/session'
import WorkbenchLayout from './WorkbenchLayout.vue'

let mounted: { unmount(): void } | undefined

async function frame(roles: string[]) {
  setActivePinia(createPinia())
  useSession().me = { username: 'jinchen-editor', displayName: '晓明 李', roles, street: { id: 'jixiao:panlong:jinchen', name: '金辰街道' } }
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
})
