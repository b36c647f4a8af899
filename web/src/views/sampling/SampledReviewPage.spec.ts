import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountPage, unmountPages } from '@/testing/mountPage'
import { evaluationOf, gapReport, sample } from '@/testing/sampledReviewAnswers'
import { writeControls } from '@/testing/writeControls'
import SampledReviewPage from './SampledReviewPage.vue'

vi.mock('vue-echarts', () => ({ default: { name: 'VChart', props: ['option'], template: '<div class="chart-stub" />' } }))
const api = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn(), put: vi.fn() }))
vi.mock('@/api/http', async (original) => ({ ...(await original<typeof import('@/api/http')>()), http: { get: api.get, post: api.post, put: api.put } }))

const names = {
  districts: [{ id: 'jixiao:panlong', name: '盘龙区', streets: [{ id: 'jixiao:panlong:jinchen', name: '金辰街道' }, { id: 'jixiao:panlong:tuodong', name: '拓东街道' }] }],
}

function answer(url: string) {
  if (url.startsWith('/api/tenants/names')) return Promise.resolve(names)
  if (url === '/api/sampled-reviews/S1') return Promise.resolve(sample())
  if (url === '/api/sampled-reviews/S1/gaps') return Promise.resolve(gapReport())
  return Promise.reject(new Error(`unexpected ${url}`))
}

async function open(roles: string[]) {
  return mountPage(SampledReviewPage, { roles, props: { sampleId: 'S1' }, path: '/district/sampled-reviews/S1' })
}

describe('抽查复核: one sample', { timeout: 30_000 }, () => {
  beforeEach(() => {
    api.get.mockReset().mockImplementation(answer)
    api.put.mockReset()
  })
  afterEach(unmountPages)

  it('says how it was drawn and lists the drawn evaluations by street with their self-score and 复核分', async () => {
    const page = await open(['district-overseer'])
    const facts = page.get('[data-testid=sample-facts]').text()
    expect(facts).toContain('20240301')
    expect(facts).toContain('按比例 50%')
    expect(facts).toContain('5 份已定稿自评')
    expect(facts).toContain('1 / 6 行')
    const streets = page.findAll('[data-testid=sample-street]')
    expect(streets.map((s) => s.get('h2').text())).toEqual(['金辰街道（2 份）', '拓东街道（1 份）'])
    expect(streets[0].text()).toContain('530103-2023-A')
    expect(streets[0].text()).toContain('90.00')
  })

  it('lets the overseer record a 复核分 with its reason line by line, and refreshes the gap report', async () => {
    const page = await open(['district-overseer'])
    api.put.mockResolvedValue(evaluationOf('e2', 'jixiao:panlong:jinchen', '530103-2023-B', true))
    await page.findAll('[data-testid=sample-evaluation-open]')[1].trigger('click')
    await flushPromises()
    const reasons = document.body.querySelectorAll<HTMLTextAreaElement>('.el-drawer textarea')
    const scores = document.body.querySelectorAll<HTMLInputElement>('.el-drawer .el-input-number input')
    const saves = document.body.querySelectorAll<HTMLButtonElement>('[data-testid=rescore-save]')
    expect(saves).toHaveLength(2)

    saves[1].click()
    await flushPromises()
    expect(api.put).not.toHaveBeenCalled()
    expect(document.body.querySelector('[data-testid=rescore-problem]')?.textContent).toContain('请填写复核分')

    scores[1].value = '40'
    scores[1].dispatchEvent(new Event('input'))
    scores[1].dispatchEvent(new Event('change'))
    reasons[1].value = '台账仅能证实 40 次'
    reasons[1].dispatchEvent(new Event('input'))
    await flushPromises()
    saves[1].click()
    await flushPromises()
    expect(api.put).toHaveBeenCalledWith('/api/sampled-reviews/S1/evaluations/e2/lines/activities',
      { score: 40, reason: '台账仅能证实 40 次' })
    expect(api.get.mock.calls.filter(([url]) => url === '/api/sampled-reviews/S1/gaps')).toHaveLength(2)
    expect(document.body.querySelector('[data-testid=rescore-totals]')?.textContent).toContain('复核总分 90.00')
  })

  it('shows the gap per street (by name), per 一级 and per 二级 indicator, with charts', async () => {
    const page = await open(['district-overseer'])
    const overall = page.get('[data-testid=gap-overall]').text()
    expect(overall).toContain('差额 10.00')
    const tables = page.findAll('[data-testid=gap-table]')
    expect(tables).toHaveLength(3)
    expect(tables[0].text()).toContain('金辰街道')
    expect(tables[0].text()).toContain('20.00%')
    expect(tables[1].text()).toContain('产出指标')
    expect(tables[2].text()).toContain('数量指标')
    expect(page.findAll('.chart-stub')).toHaveLength(2)
  })

  it('offers an auditor nothing to write, the lines read only', async () => {
    const page = await open(['auditor'])
    await page.findAll('[data-testid=sample-evaluation-open]')[0].trigger('click')
    await flushPromises()
    expect(document.body.querySelectorAll('[data-testid=rescore-value]')).toHaveLength(2)
    expect(document.body.querySelector('[data-testid=rescore-save]')).toBeNull()
    expect(writeControls()).toEqual([])
  })
})
