import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '@/stores/session'
import OverviewPage from './OverviewPage.vue'

// ECharts draws on a canvas happy-dom does not have
vi.mock('@/components/district/GradeChart.vue', () => ({ __esModule: true, default: { template: '<div class="chart-stub" />' } }))
const api = vi.hoisted(() => ({ get: vi.fn() }))
vi.mock('@/api/http', async (original) => ({ ...(await original<typeof import('@/api/http')>()), http: { get: api.get } }))

const jinchen = {
  evaluationId: 'e-jinchen', projectId: 'p-jinchen', streetId: 'jixiao:panlong:jinchen', projectCode: '530103-2023-MZTJ-001',
  projectName: '创建全省民族团结进步示范街道专项资金', round: 1, status: 'DRAFT', budget: 2000000.0, executed: 2000000.0,
  executionRate: 100.0, selfScore: 98.0, selfGrade: '优', reviewScore: null, reviewGrade: null, grade: '优',
  monitoring: { month: 12, spentToDate: 2000000.0, progress: 100.0, light: 'GREEN', lightLabel: '绿灯' },
}
const tuodong = {
  ...jinchen, evaluationId: 'e-tuodong', projectId: 'p-tuodong', streetId: 'jixiao:panlong:tuodong',
  projectCode: '530103-2023-LHSQ-001', projectName: '老旧小区绿化提升及社区环境整治专项资金', status: 'SUBMITTED',
  budget: 1500000.0, executed: 1275000.0, executionRate: 85.0, selfScore: 87.28, selfGrade: '良', grade: '良', monitoring: null,
}
const overview = {
  districtId: 'jixiao:panlong', year: 2023, monitoringMonth: 12, page: 0, size: 20, sort: 'street,asc', total: 2,
  rows: [jinchen, tuodong],
  summary: {
    projects: 2, budget: 3500000.0, executed: 3275000.0, executionRate: 93.57,
    gradeDistribution: [{ grade: '优', projects: 1 }, { grade: '良', projects: 1 }, { grade: '中', projects: 0 }, { grade: '差', projects: 0 }, { grade: '未评分', projects: 0 }],
    statusCounts: [{ status: 'DRAFT', projects: 1 }, { status: 'SUBMITTED', projects: 1 }],
    lightCounts: [{ light: 'GREEN', label: '绿灯', projects: 1 }, { light: 'NONE', label: '无', projects: 1 }],
  },
}
const names = {
  districts: [{ id: 'jixiao:panlong', name: '盘龙区', streets: [{ id: 'jixiao:panlong:jinchen', name: '金辰街道' }, { id: 'jixiao:panlong:tuodong', name: '拓东街道' }] }],
}

const rectifications = { year: 2023, counts: { OPEN: 2, MEASURES_SUBMITTED: 1, CONFIRMED: 4, OVERDUE: 2 }, items: [] }

function answer(url: string) {
  if (url.startsWith('/api/tenants/names')) return Promise.resolve(names)
  if (url.startsWith('/api/rectifications')) return Promise.resolve(rectifications)
  if (url.includes('year=2023')) return Promise.resolve(overview)
  return Promise.resolve({ ...overview, total: 0, rows: [], summary: { ...overview.summary, projects: 0 } })
}

async function open(roles: string[], query = '?year=2023') {
  useSession().me = { username: 'someone', roles, district: { id: 'jixiao:panlong', name: '盘龙区' } } as never
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/district/overview', component: OverviewPage },
      { path: '/projects/:id/overview', component: { template: '<div />' } },
    ],
  })
  await router.push(`/district/overview${query}`)
  const page = mount(OverviewPage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  await flushPromises()
  return { page, router }
}

const overviewCalls = () => api.get.mock.calls.map(([url]) => url as string).filter((u) => u.startsWith('/api/evaluations/overview'))

describe('全区概览: the district’s projects at a glance', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    api.get.mockReset()
    api.get.mockImplementation(answer)
    document.body.innerHTML = ''
  })

  it('shows every street’s project by the street’s name, with its score and grade and a link to open it', async () => {
    const { page } = await open(['district-overseer'])
    const rows = page.findAll('[data-testid=overview-row]')
    expect(rows.map((r) => [r.attributes('data-street-name'), r.attributes('data-project-code')])).toEqual([
      ['金辰街道', '530103-2023-MZTJ-001'], ['拓东街道', '530103-2023-LHSQ-001'],
    ])
    expect(rows[0].get('[data-testid=overview-score]').text()).toBe('98.00')
    expect(rows[0].get('[data-testid=overview-grade]').text()).toBe('优')
    expect(rows[1].get('[data-testid=overview-score]').text()).toBe('87.28')
    expect(rows[1].get('[data-testid=overview-grade]').text()).toBe('良')
    expect(rows[0].get('[data-testid=overview-project]').attributes('href')).toBe('/projects/p-jinchen/overview')
    expect(rows[1].text()).toContain('已提交')
    expect(rows[1].text()).toContain('无')
  })

  it('the cards show the district’s totals to the fen, the statuses and the lights', async () => {
    const { page } = await open(['district-overseer'])
    expect(page.get('[data-testid=overview-budget]').text()).toBe('3,500,000.00')
    expect(page.get('[data-testid=overview-executed]').text()).toBe('3,275,000.00')
    expect(page.get('[data-testid=overview-rate]').text()).toBe('93.57%')
    expect(page.get('[data-testid=overview-status-counts]').text()).toContain('已提交1')
    expect(page.get('[data-testid=overview-light-counts]').text()).toContain('绿灯1')
    expect(page.find('[data-testid=grade-chart]').exists()).toBe(true)
  })

  it('the filters, sort and page of the address are what the service is asked for', async () => {
    await open(['district-overseer'], '?year=2023&streetId=jixiao:panlong:tuodong&status=SUBMITTED&sort=score,desc&page=2&size=50')
    expect(overviewCalls()).toEqual([
      '/api/evaluations/overview?year=2023&sort=score%2Cdesc&page=1&size=50&streetId=jixiao%3Apanlong%3Atuodong&status=SUBMITTED',
    ])
  })

  it('a click on 自评得分 asks the service for that order and puts it in the address, from the first page', async () => {
    const { page, router } = await open(['district-overseer'], '?year=2023&page=3')
    const header = page.findAll('th').find((th) => th.text().includes('自评得分'))!
    await header.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ year: '2023', sort: 'score,asc' })
    expect(overviewCalls().at(-1)).toBe('/api/evaluations/overview?year=2023&sort=score%2Casc&page=0&size=20')
  })

  it('without a year in the address it opens the latest year with projects and remembers it there', async () => {
    const { router, page } = await open(['district-overseer'], '')
    await flushPromises()
    expect(router.currentRoute.value.query.year).toBe('2023')
    expect(page.findAll('[data-testid=overview-row]')).toHaveLength(2)
  })

  it('the typing of a name or code is sent once, after a pause', async () => {
    vi.useFakeTimers()
    try {
      const { page, router } = await open(['district-overseer'])
      const before = overviewCalls().length
      // el-input puts its attributes on the input itself
      const input = page.get('input[data-testid=filter-q]')
      for (const text of ['民', '民族', '民族团结']) await input.setValue(text)
      expect(overviewCalls().length).toBe(before)
      await vi.advanceTimersByTimeAsync(500)
      await flushPromises()
      expect(router.currentRoute.value.query.q).toBe('民族团结')
      expect(overviewCalls().length).toBe(before + 1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('an auditor sees the same, with nothing that writes: only read buttons, inputs only in the search landmarks', async () => {
    const { page } = await open(['auditor'])
    expect(page.findAll('[data-testid=overview-row]')).toHaveLength(2)
    const reads = /下载|查看|预览|打开|刷新|筛选|查询|重置|展开|收起|返回|上一页|下一页|导出/
    for (const button of page.findAll('button')) {
      const text = button.text().trim()
      if (text) expect(text).toMatch(reads)
    }
    expect(page.findAll('input[type=file]')).toHaveLength(0)
    for (const input of page.findAll('input:not([readonly]):not([disabled]), textarea')) {
      if (input.attributes('type') === 'hidden') continue
      expect(input.element.closest('[role=search]'), input.html()).not.toBeNull()
    }
  })

  it('counts the year’s overdue 整改 items, a link to the list narrowed to them', async () => {
    const { page } = await open(['district-overseer'])
    expect(api.get.mock.calls.map(([url]) => url)).toContain('/api/rectifications?year=2023')
    const overdue = page.get('[data-testid=overview-overdue-rectifications]')
    expect(overdue.text()).toBe('逾期 2 项')
    expect(overdue.attributes('href')).toBe('/district/rectifications?year=2023&overdue=true')
    expect(page.get('[data-testid=overview-rectifications]').text()).toContain('待确认 1 项')
  })

  it('when the service fails it says why in Chinese', async () => {
    const { ApiProblem } = await import('@/api/http')
    api.get.mockImplementation((url: string) => url.startsWith('/api/evaluations')
      ? Promise.reject(new ApiProblem(503, { title: '服务暂不可用 / Service unavailable' })) : answer(url))
    const { page } = await open(['district-overseer'])
    expect(page.text()).toContain('全区概览加载失败：服务暂不可用')
  })
})
