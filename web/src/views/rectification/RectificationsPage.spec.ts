import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { listQuery } from '@/api/rectifications'
import { useSession } from '@/stores/session'
import { confirmedItem, districtList, submittedItem } from '@/testing/rectificationAnswers'
import { writeControls } from '@/testing/writeControls'
import RectificationsPage from './RectificationsPage.vue'

const api = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn() }))
vi.mock('@/api/http', async (original) => ({ ...(await original<typeof import('@/api/http')>()), http: { get: api.get, post: api.post } }))

const names = {
  districts: [{ id: 'jixiao:panlong', name: '盘龙区', streets: [{ id: 'jixiao:panlong:jinchen', name: '金辰街道' }, { id: 'jixiao:panlong:tuodong', name: '拓东街道' }] }],
}
const project = { id: 'P1', code: '530103-2023-MZTJ-001', name: '示范项目', year: 2023, streetId: 'jixiao:panlong:jinchen' }

function answer(url: string) {
  if (url.startsWith('/api/tenants/names')) return Promise.resolve(names)
  if (url.startsWith('/api/rectifications')) return Promise.resolve(districtList())
  if (url.startsWith('/api/projects?')) return Promise.resolve({ items: [project], page: 0, size: 20, total: 1 })
  if (url === '/api/projects/P1') return Promise.resolve(project)
  if (url.startsWith('/api/evaluations/overview')) return Promise.resolve({ summary: { projects: url.includes('year=2023') ? 1 : 0 } })
  return Promise.reject(new Error(`unexpected ${url}`))
}

let mounted: ReturnType<typeof mount> | undefined
async function open(roles: string[], query = '?year=2023') {
  setActivePinia(createPinia())
  useSession().me = { username: 'u', roles, district: { id: 'jixiao:panlong', name: '盘龙区' } } as never
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/district/rectifications', component: RectificationsPage },
      { path: '/:p(.*)*', component: { template: '<div />' } },
    ],
  })
  await router.push(`/district/rectifications${query}`)
  const page = mount({ template: '<router-view />' }, { global: { plugins: [router] }, attachTo: document.body })
  mounted = page
  for (let i = 0; i < 4; i++) await flushPromises()
  return { page, router }
}
const listCalls = () => api.get.mock.calls.map(([url]) => url as string).filter((u) => u.startsWith('/api/rectifications'))
const inDialog = (selector: string) => document.body.querySelector<HTMLElement>(`.el-dialog ${selector}`)
function type(selector: string, text: string) {
  const field = inDialog(`textarea${selector}, input${selector}`) as HTMLTextAreaElement
  field.value = text
  field.dispatchEvent(new Event('input'))
}

describe('整改管理: the district’s list', { timeout: 30_000 }, () => {
  beforeEach(() => {
    api.get.mockReset().mockImplementation(answer)
    api.post.mockReset()
  })
  afterEach(() => {
    mounted?.unmount()
    mounted = undefined
    document.body.innerHTML = ''
  })

  it('shows the year’s counts and every street’s items, overdue first, each linked to its project’s 整改 tab', async () => {
    const { page } = await open(['district-overseer'])
    expect(listCalls()).toEqual(['/api/rectifications?year=2023'])
    expect(page.get('[data-testid=rectification-counts]').text()).toContain('全年 3 项')
    expect(page.get('[data-testid=count-OVERDUE]').text()).toContain('已逾期 1 项')
    const rows = page.findAll('[data-testid=rectification-row]')
    expect(rows[0].attributes('data-rectification-id')).toBe('rect-red')
    expect(rows[0].text()).toContain('金辰街道')
    expect(rows[0].get('[data-testid=rectification-overdue]').text()).toBe('已逾期')
    expect(rows[0].get('[data-testid=rectification-project]').attributes('href')).toBe('/projects/P1/rectification')
    expect(rows[0].get('[data-testid=rectification-project]').text()).toBe('示范项目')
    expect(rows[0].text()).toContain('530103-2023-MZTJ-001')
    expect(api.get.mock.calls.filter(([url]) => url === '/api/projects/P1')).toHaveLength(1)
  })

  it('takes its filters from the address and writes them back', async () => {
    const { page, router } = await open(['district-overseer'], '?year=2023&overdue=true&status=OPEN&streetId=jixiao:panlong:jinchen')
    expect(listCalls()).toEqual(['/api/rectifications?year=2023&status=OPEN&overdue=true&streetId=jixiao%3Apanlong%3Ajinchen'])
    const [, , overdue] = page.findAllComponents({ name: 'ElSelect' })
    overdue.vm.$emit('update:modelValue', '')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ year: '2023', status: 'OPEN', streetId: 'jixiao:panlong:jinchen' })
  })

  it('opens the latest year with projects when none is asked for', async () => {
    const { router } = await open(['auditor'], '')
    await flushPromises()
    expect(router.currentRoute.value.query.year).toBe('2023')
  })

  it('the overseer confirms the street’s measures from the list and reads it again', async () => {
    api.post.mockResolvedValue({ ...submittedItem(), state: 'CONFIRMED' })
    const { page } = await open(['district-overseer'])
    const row = page.get('[data-rectification-id=rect-deduction]')
    expect(page.find('[data-rectification-id=rect-manual] [data-testid=rectification-confirm]').exists()).toBe(false)
    await row.get('[data-testid=rectification-confirm]').trigger('click')
    await flushPromises()
    expect(inDialog('[data-testid=decide-measures]')!.textContent).toContain('已将顺延的主题活动')
    inDialog('[data-testid=decide-confirm]')!.click()
    await flushPromises()
    expect(api.post).toHaveBeenCalledWith('/api/projects/P1/rectifications/rect-deduction/confirmation', { version: 1, comment: undefined })
    expect(listCalls()).toHaveLength(2)
  })

  it('the overseer enters an item by hand: project, finding and deadline all required', async () => {
    api.post.mockResolvedValue({ ...confirmedItem(), id: 'rect-new', state: 'OPEN' })
    const { page } = await open(['district-overseer'])
    await page.get('[data-testid=rectifications-open]').trigger('click')
    await flushPromises()
    inDialog('[data-testid=open-confirm]')!.click()
    await flushPromises()
    for (const message of ['请选择项目', '请填写需整改的问题', '请选择整改期限']) expect(document.body.textContent).toContain(message)
    expect(api.get.mock.calls.map(([u]) => u)).toContain('/api/projects?year=2023&size=20')
    const dialog = page.findAllComponents({ name: 'ElDialog' }).find((d) => d.props('title') === '录入整改事项')!
    dialog.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'P1')
    dialog.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2024-01-31')
    type('[data-testid=open-finding]', '合同未备案')
    await flushPromises()
    inDialog('[data-testid=open-confirm]')!.click()
    await flushPromises()
    expect(api.post).toHaveBeenCalledWith('/api/projects/P1/rectifications', { finding: '合同未备案', deadline: '2024-01-31' })
  })

  it('an auditor reads the list and its filters, and is offered no write', async () => {
    const { page } = await open(['auditor'])
    expect(page.findAll('[data-testid=rectification-row]')).toHaveLength(3)
    expect(page.text()).toContain('只读')
    expect(writeControls()).toEqual([])
  })
})

describe('listQuery', () => {
  it('sends only the filters chosen', () => {
    expect(listQuery({})).toBe('')
    expect(listQuery({ year: 2023, overdue: false })).toBe('?year=2023&overdue=false')
  })
})
