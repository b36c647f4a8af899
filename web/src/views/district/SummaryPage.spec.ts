import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '@/stores/session'
import SummaryPage from './SummaryPage.vue'

const api = vi.hoisted(() => ({ get: vi.fn(), download: vi.fn() }))
vi.mock('@/api/http', async (original) => ({
  ...(await original<typeof import('@/api/http')>()), http: { get: api.get }, download: api.download,
}))

const summary = {
  districtId: 'jixiao:panlong', districtName: '盘龙区', year: 2023,
  rows: [
    { projectCode: '530103-2023-LHSQ-001', projectName: '老旧小区绿化提升及社区环境整治专项资金', streetName: '拓东街道',
      budget: 1500000.0, executed: 1275000.0, ratePercent: 85.0, score: 87.28, gradeLabel: '良好', status: '填报中' },
    { projectCode: '530103-2023-MZTJ-001', projectName: '创建全省民族团结进步示范街道专项资金', streetName: '金辰街道',
      budget: 2000000.0, executed: 2000000.0, ratePercent: 100.0, score: 98.0, gradeLabel: '优秀', status: '填报中' },
    { projectCode: '530103-2023-MZTJ-002', projectName: '社区小额项目', streetName: '金辰街道',
      budget: 0.1, executed: 0.2, ratePercent: 200.0, score: null, gradeLabel: null, status: '填报中' },
  ],
  totals: { projects: 3, budget: 3500000.1, executed: 3275000.2, ratePercent: 93.57 },
  gradeDistribution: { 优秀: 1, 良好: 1, 中: 0, 差: 0, 未评分: 1 },
}

async function open(roles: string[], query = '?year=2023') {
  useSession().me = { username: 'someone', roles, district: { id: 'jixiao:panlong', name: '盘龙区' } } as never
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/district/summary', component: SummaryPage }] })
  await router.push(`/district/summary${query}`)
  const page = mount(SummaryPage, { global: { plugins: [router] } })
  await flushPromises()
  await flushPromises()
  return { page, router }
}

describe('全区汇总: the district’s summary on screen and to download', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    api.get.mockReset()
    api.download.mockReset()
    api.get.mockImplementation((url: string) => {
      if (url.startsWith('/api/reports/districts/jixiao%3Apanlong/summary?year=2023')) return Promise.resolve(summary)
      if (url.startsWith('/api/tenants/names')) return Promise.resolve({ districts: [] })
      const projects = url.includes('year=2023') ? 3 : 0
      return Promise.resolve({ rows: [], summary: { projects, gradeDistribution: [] } })
    })
    api.download.mockResolvedValue(undefined)
  })

  it('shows the totals, and each street’s subtotal added to the fen with a 合计 row', async () => {
    const { page } = await open(['district-overseer'])
    const block = page.get('[data-testid=district-summary]')
    expect(block.text()).toContain('盘龙区2023年度项目支出绩效自评汇总')
    expect(page.get('[data-testid=summary-budget]').text()).toBe('3,500,000.10')
    expect(page.get('[data-testid=summary-rate]').text()).toBe('93.57%')
    const streets = page.get('[data-testid=summary-streets]').text()
    expect(streets).toContain('金辰街道')
    expect(streets).toContain('2,000,000.10')
    expect(streets).toContain('2,000,000.20')
    expect(streets).toContain('合计')
    expect(streets).toContain('3,500,000.10')
    expect(streets).toContain('3,275,000.20')
    expect(page.get('[data-testid=summary-grades]').text()).toContain('33.33%')
    expect(page.get('[data-testid=summary-rows]').text()).toContain('未评分')
  })

  it('downloads the XLSX and the PDF of the shown district and year', async () => {
    const { page } = await open(['district-overseer'])
    await page.get('[data-testid=summary-xlsx]').trigger('click')
    await page.get('[data-testid=summary-pdf]').trigger('click')
    expect(api.download.mock.calls.map(([url]) => url)).toEqual([
      '/api/reports/districts/jixiao%3Apanlong/summary/xlsx?year=2023',
      '/api/reports/districts/jixiao%3Apanlong/summary/pdf?year=2023',
    ])
  })

  it('without a year in the address it shows the latest year with projects', async () => {
    const { router, page } = await open(['district-overseer'], '')
    await flushPromises()
    expect(router.currentRoute.value.query.year).toBe('2023')
    expect(page.get('[data-testid=district-summary]').text()).toContain('盘龙区2023年度')
  })

  it('an auditor downloads and reads, and is offered nothing that writes', async () => {
    const { page } = await open(['auditor'])
    expect(page.find('[data-testid=summary-pdf]').exists()).toBe(true)
    const reads = /下载|查看|预览|打开|刷新|筛选|查询|重置|展开|收起|返回|上一页|下一页|导出/
    for (const button of page.findAll('button')) {
      const text = button.text().trim()
      if (text) expect(text).toMatch(reads)
    }
    for (const input of page.findAll('input:not([readonly]):not([disabled]), textarea')) {
      expect(input.element.closest('[role=search]'), input.html()).not.toBeNull()
    }
  })

  it('when the service fails it says why in Chinese', async () => {
    const { ApiProblem } = await import('@/api/http')
    api.get.mockRejectedValue(new ApiProblem(403, { title: '无权查看 / Forbidden' }))
    const { page } = await open(['district-overseer'])
    expect(page.text()).toContain('全区汇总加载失败：无权查看')
  })
})
