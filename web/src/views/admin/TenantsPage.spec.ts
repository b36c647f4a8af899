import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { useSession } from '@/stores/session'
import TenantsPage from './TenantsPage.vue'
import TenantPage from './TenantPage.vue'

const api = vi.hoisted(() => ({
  list: vi.fn(), onboardDistrict: vi.fn(), onboardStreet: vi.fn(), disable: vi.fn(), enable: vi.fn(), audit: vi.fn(),
  accounts: vi.fn(), openAccount: vi.fn(), disableAccount: vi.fn(), enableAccount: vi.fn(), removeAccount: vi.fn(),
  confirm: vi.fn(),
}))
vi.mock('@/api/tenants', async (original) => ({ ...(await original<typeof import('@/api/tenants')>()), tenantsApi: api }))
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn() },
  ElMessageBox: { confirm: api.confirm },
}))

const tenant = (id: string, displayName: string, kind: 'DISTRICT' | 'STREET', status = 'ENABLED') => ({
  id, kind, districtId: id.split(':').slice(0, 2).join(':'), streetId: kind === 'STREET' ? id : null,
  groupPath: '/' + id.split(':').slice(1).join('/'), name: id.split(':').pop(), displayName, status,
  createdBy: 'realm-import', createdAt: '2026-12-07T05:25:37Z', changedAt: '2026-12-07T05:25:37Z',
})
const stubs = { RouterLink: { props: ['to'], template: '<a :href="to"><slot :navigate="() => {}" /></a>' } }

async function open(component: unknown, roles: string[], props: Record<string, unknown> = {}) {
  setActivePinia(createPinia())
  useSession().me = { username: 'u', roles }
  const page = mount(component as never, { props: props as never, attachTo: document.body, global: { stubs } })
  await flushPromises()
  return page
}

describe('租户管理', () => {
  beforeEach(() => {
    Object.values(api).forEach((f) => f.mockReset())
    api.list.mockResolvedValue([
      tenant('jixiao:wuhua', '五华区', 'DISTRICT'), tenant('jixiao:panlong:tuodong', '拓东街道', 'STREET'),
      tenant('jixiao:panlong', '盘龙区', 'DISTRICT'), tenant('jixiao:panlong:jinchen', '金辰街道', 'STREET'),
    ])
    api.audit.mockResolvedValue([])
  })

  it('listsEachDistrictFollowedByItsStreets', async () => {
    const page = await open(TenantsPage, ['platform-admin'])
    const rows = page.findAll('[data-testid=tenant-row]')
    expect(rows.map((r) => r.attributes('data-tenant-id'))).toEqual([
      'jixiao:panlong', 'jixiao:panlong:jinchen', 'jixiao:panlong:tuodong', 'jixiao:wuhua',
    ])
    expect(rows[1].text()).toContain('街道')
    expect(rows[1].text()).toContain('启用')
  })

  it('showsTheFirstAccountsTemporaryPasswordOnceAfterOnboarding', async () => {
    api.onboardDistrict.mockResolvedValue({
      tenant: tenant('jixiao:zz-test-a', 'zz-test-甲区', 'DISTRICT'),
      administrator: { accountId: 'a1', username: 'zz-test-a-admin', groupPath: '/zz-test-a', roles: ['district-admin'], temporaryPassword: 'Tmp-9x!kQ' },
    })
    const page = await open(TenantsPage, ['platform-admin'])
    await page.get('[data-testid=onboard-district]').trigger('click')
    await flushPromises()
    const fill = (id: string, value: string) => {
      const input = document.getElementById(id) as HTMLInputElement
      input.value = value
      input.dispatchEvent(new Event('input'))
    }
    fill('onboard-display-name', 'zz-test-甲区')
    fill('onboard-name', 'zz-test-a')
    fill('onboard-username', 'zz-test-a-admin')
    fill('onboard-last-name', '孙')
    fill('onboard-first-name', '春燕')
    fill('onboard-email', 'zz@example.com')
    ;(document.querySelector('[data-testid=onboard-confirm]') as HTMLElement).click()
    await flushPromises()
    expect(api.onboardDistrict).toHaveBeenCalledWith({
      name: 'zz-test-a', displayName: 'zz-test-甲区',
      administrator: { username: 'zz-test-a-admin', firstName: '春燕', lastName: '孙', email: 'zz@example.com' },
    })
    const shown = document.querySelector('[data-testid=temporary-password]')
    expect(shown?.textContent).toBe('Tmp-9x!kQ')
    expect(document.body.textContent).toContain('关闭本窗口后无法再次查看')
    page.unmount()
  }, 30_000)

  it('disablesATenantOnlyOnceConfirmed', async () => {
    api.confirm.mockRejectedValueOnce('cancel')
    const page = await open(TenantsPage, ['platform-admin'])
    await page.get('[data-tenant-id="jixiao:panlong:tuodong"] [data-testid=tenant-disable]').trigger('click')
    await flushPromises()
    expect(api.disable).not.toHaveBeenCalled()
    page.unmount()
  })

  it('offersADistrictAdministratorNoOnboardingNorDisabling', async () => {
    api.list.mockResolvedValue([tenant('jixiao:panlong', '盘龙区', 'DISTRICT'), tenant('jixiao:panlong:jinchen', '金辰街道', 'STREET')])
    const page = await open(TenantsPage, ['district-admin'])
    expect(page.findAll('[data-testid=tenant-row]')).toHaveLength(2)
    expect(page.find('[data-testid=onboard-district]').exists()).toBe(false)
    expect(page.find('[data-testid=tenant-disable]').exists()).toBe(false)
    page.unmount()
  })

  it('letsADistrictAdministratorManageAStreetsAccounts', async () => {
    api.accounts.mockResolvedValue([{ accountId: 'x', username: 'jinchen-editor', firstName: '晓明', lastName: '李', email: 'e@x', enabled: true, roles: ['street-editor'] }])
    const page = await open(TenantPage, ['district-admin'], { tenantId: 'jixiao:panlong:jinchen' })
    expect(page.get('[data-testid=tenant-accounts]').text()).toContain('李晓明')
    expect(page.find('[data-testid=account-open]').exists()).toBe(true)
    expect(page.find('[data-testid=account-disable]').exists()).toBe(true)
    page.unmount()
  })

  it('showsThePlatformAdministratorAStreetWithoutItsAccounts', async () => {
    const page = await open(TenantPage, ['platform-admin'], { tenantId: 'jixiao:panlong:jinchen' })
    expect(api.accounts).not.toHaveBeenCalled()
    expect(page.find('[data-testid=account-open]').exists()).toBe(false)
    expect(page.get('[data-testid=tenant-accounts]').text()).toContain('由所属区的管理员')
    expect(page.find('[data-testid=tenant-audit]').exists()).toBe(true)
    page.unmount()
  })
})
