import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import BudgetPage from './BudgetPage.vue'

const api = vi.hoisted(() => ({ get: vi.fn(), put: vi.fn(), post: vi.fn() }))
vi.mock('@/api/http', async (original) => ({
  ...(await original<typeof import('@/api/http')>()),
  http: { get: api.get, put: api.put, post: api.post },
}))

const amount = (yuan: number) => ({ yuan, wan: yuan / 10000 })
const seedBudget = {
  projectId: 'p1', year: 2023, initialBudget: amount(2000000), adjustments: [], adjustmentTotal: amount(0),
  fullYearBudget: amount(2000000),
  bySource: [
    { source: 'CURRENT_YEAR_APPROPRIATION', name: '本年财政拨款', initial: amount(2000000), fullYear: amount(2000000) },
    { source: 'PRIOR_YEAR_CARRYOVER', name: '上年结转资金', initial: amount(0), fullYear: amount(0) },
    { source: 'OTHER', name: '其他资金', initial: amount(0), fullYear: amount(0) },
  ],
  byClassification: [{ code: '30227', name: '委托业务费', amount: amount(2000000) }],
  updatedBy: 'demo-seed', version: 0,
}
const adjusted = {
  ...seedBudget,
  adjustments: [{ date: '2023-07-15', kind: '追加', amount: amount(150000), reason: '追加宣传月活动经费' }],
  adjustmentTotal: amount(150000), fullYearBudget: amount(2150000), version: 1,
}

async function open(roles: string[]) {
  useSession().me = { username: 'someone', roles }
  useProject().project = { id: 'p1', year: 2023 } as never
  const page = mount(BudgetPage, { attachTo: document.body })
  await flushPromises()
  return page
}

describe('预算: the budget in 元 and 万元', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    api.get.mockReset()
    api.put.mockReset()
    api.post.mockReset()
  })

  it('shows 年初预算数, adjustments and 全年预算数 with separators, and 万元 as the form prints them', async () => {
    api.get.mockResolvedValue(adjusted)
    const page = await open(['street-editor'])
    const text = page.text()
    expect(text).toContain('2,000,000.00')
    expect(text).toContain('2,150,000.00')
    expect(text).toContain('215.00 万元')
    expect(text).toContain('追加宣传月活动经费')
    expect(text).toContain('150,000.00')
    page.unmount()
  })

  it('a project without a budget offers the editor to enter one; an approver only reads', async () => {
    const { ApiProblem } = await import('@/api/http')
    api.get.mockRejectedValue(new ApiProblem(404, { title: '预算未录入 / No budget' }))
    const editor = await open(['street-editor'])
    expect(editor.text()).toContain('尚未录入本项目的预算')
    expect(editor.findAll('button').some((b) => b.text() === '录入年初预算')).toBe(true)
    editor.unmount()

    api.get.mockResolvedValue(seedBudget)
    const approver = await open(['street-approver'])
    expect(approver.findAll('button').some((b) => b.text().includes('预算调整'))).toBe(false)
    approver.unmount()
  })

  it('the editor’s sums are checked as they type, and saving waits until they agree', async () => {
    api.get.mockResolvedValue(seedBudget)
    const page = await open(['street-editor'])
    await page.findAll('button').find((b) => b.text() === '修改年初预算及明细')!.trigger('click')
    await flushPromises()
    const input = (label: string) => document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!
    const type = async (label: string, value: string) => {
      const el = input(label)
      el.value = value
      el.dispatchEvent(new Event('input'))
      await flushPromises()
    }
    await type('年初预算数', '2,100,000')
    expect(document.body.textContent).toContain('各资金来源年初预算数合计 2,000,000.00 元')
    expect(document.body.textContent).toContain('少 100,000.00 元')
    const save = () => [...document.querySelectorAll<HTMLButtonElement>('.el-dialog button')].find((b) => b.textContent?.trim() === '保存')!
    expect(save().disabled).toBe(true)

    await type('本年财政拨款年初预算数', '2100000')
    await type('本年财政拨款全年预算数', '2100000')
    await type('第 1 行经济分类金额', '2,100,000.00')
    expect(document.body.textContent).not.toContain('少 ')
    expect(save().disabled).toBe(false)

    api.put.mockResolvedValue({ ...seedBudget, initialBudget: amount(2100000), fullYearBudget: amount(2100000), version: 1 })
    save().click()
    await flushPromises()
    expect(api.put).toHaveBeenCalledWith('/api/projects/p1/budget', {
      version: 0,
      initialBudget: '2100000.00',
      bySource: [
        { source: 'CURRENT_YEAR_APPROPRIATION', initial: '2100000.00', fullYear: '2100000.00' },
        { source: 'PRIOR_YEAR_CARRYOVER', initial: '0.00', fullYear: '0.00' },
        { source: 'OTHER', initial: '0.00', fullYear: '0.00' },
      ],
      byClassification: [{ code: '30227', amount: '2100000.00' }],
    })
    page.unmount()
  })
})
