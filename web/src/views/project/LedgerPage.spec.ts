import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import LedgerPage from './LedgerPage.vue'

const api = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn(), upload: vi.fn(), download: vi.fn() }))
// ECharts draws on a canvas happy-dom does not have; the chart's series are specified in ledgerRules.spec.ts
vi.mock('@/components/ledger/SpendingChart.vue', () => ({ __esModule: true, default: { template: '<div class="chart-stub" />' } }))
vi.mock('@/api/http', async (original) => ({
  ...(await original<typeof import('@/api/http')>()),
  http: { get: api.get, post: api.post },
  upload: api.upload,
  download: api.download,
}))

const entry = {
  id: 'e1', date: '2023-02-10', amount: 68000, classificationCode: '30227', classificationName: '委托业务费',
  payee: '昆明市盘龙区民族文化传播有限公司', voucherNo: '记-2023-02-001', summary: '民族团结进步创建工作方案编制委托费',
  batchId: 'b1', recordedBy: 'demo-seed', recordedAt: '2026-12-07T02:41:31Z',
}
const summary = {
  projectId: 'p1', year: 2023, executed: 2000000, entryCount: 30, byClassification: [],
  byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, amount: i === 1 ? 113600 : 0 })),
  fullYearBudget: 2000000, executionRate: 100,
}
const progress = { month: 12, executed: 2000000, fullYearBudget: 2000000, progress: 100, light: 'GREEN', lightLabel: '绿灯' }

function answer(url: string) {
  if (url.includes('/expenditures')) return Promise.resolve({ items: [entry], page: 0, size: 20, totalElements: 30 })
  if (url.includes('/ledger/summary')) return Promise.resolve(summary)
  if (url.includes('/ledger/progress')) return Promise.resolve(progress)
  return Promise.reject(new Error(url))
}

async function open(roles: string[]) {
  useSession().me = { username: 'someone', roles }
  useProject().project = { id: 'p1', year: 2023 } as never
  const page = mount(LedgerPage)
  await flushPromises()
  await vi.dynamicImportSettled()
  await flushPromises()
  return page
}

describe('支出明细: the ledger, its import and the monitoring light', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
    api.get.mockImplementation(answer)
  })

  it('lists the entries a page at a time with amounts in 元, and shows 全年执行数, 执行率 and the light', async () => {
    const page = await open(['street-editor'])
    expect(api.get).toHaveBeenCalledWith('/api/projects/p1/expenditures?page=0&size=20')
    expect(page.text()).toContain('68,000.00')
    expect(page.text()).toContain('2,000,000.00')
    expect(page.text()).toContain('100.00%')
    const light = page.get('[data-testid=monitoring-light]')
    expect(light.attributes('data-light')).toBe('GREEN')
    expect(light.text()).toContain('绿灯')
    expect(page.find('[data-testid=spending-chart] .chart-stub').exists()).toBe(true)
  })

  it('a refused import shows every row error in Chinese and offers the annotated workbook', async () => {
    const { ApiProblem } = await import('@/api/http')
    api.upload.mockImplementation((_url: string, _form: FormData, progressTo: (p: number) => void) => {
      progressTo(60)
      return Promise.reject(new ApiProblem(400, {
        title: '导入未通过校验，未保存任何数据 / Import rejected; nothing was saved',
        detail: '“坏.csv”共 2 行，发现 1 处问题。整个文件未导入，请按错误说明修改后重新导入 / "坏.csv" has 2 rows and 1 problem(s)',
        importId: 'imp-1', errorCount: 1, errorsShown: 1,
        annotatedWorkbook: '/api/projects/p1/expenditures/imports/imp-1/annotated.xlsx',
        errors: [{ row: 3, column: '金额（元）', cell: 'B3', value: 'abc', reason: '金额不是数字 / The amount is not a number' }],
      }))
    })
    const page = await open(['street-editor'])
    const input = page.get('input[type=file][data-testid=ledger-upload]')
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], '坏.csv', { type: 'text/csv' })] })
    await input.trigger('change')
    await flushPromises()

    expect(api.upload).toHaveBeenCalledWith('/api/projects/p1/expenditures/import', expect.any(FormData), expect.any(Function))
    expect(page.text()).toContain('整个文件未导入')
    const errors = page.get('[data-testid=import-errors]')
    expect(errors.text()).toContain('B3')
    expect(errors.text()).toContain('金额不是数字')
    expect(errors.text()).not.toContain('The amount')

    await page.get('[data-testid=annotated-workbook]').trigger('click')
    expect(api.download).toHaveBeenCalledWith('/api/projects/p1/expenditures/imports/imp-1/annotated.xlsx', '错误说明-imp-1.xlsx')
  })

  it('a file that is neither XLSX nor CSV is refused before it is sent', async () => {
    const page = await open(['street-editor'])
    const input = page.get('[data-testid=ledger-upload]')
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], '支出.xls')] })
    await input.trigger('change')
    await flushPromises()
    expect(api.upload).not.toHaveBeenCalled()
    expect(page.text()).toContain('不是 XLSX 或 CSV 文件')
  })

  it('an approver reads the ledger but cannot import or enter', async () => {
    const page = await open(['street-approver'])
    expect(page.find('[data-testid=ledger-upload]').exists()).toBe(false)
    expect(page.text()).not.toContain('录入一笔')
  })

  it('without a budget the light says it cannot judge yet', async () => {
    const { ApiProblem } = await import('@/api/http')
    api.get.mockImplementation((url: string) =>
      url.includes('/ledger/progress') ? Promise.reject(new ApiProblem(409, { title: '预算未录入 / No budget' })) : answer(url))
    const page = await open(['street-editor'])
    expect(page.get('[data-testid=monitoring-light]').text()).toContain('尚未录入预算，无法判断支出进度')
  })
})
