import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ApiProblem } from '@/api/http'
import { useProject } from '@/stores/project'
import { mountPage, unmountPages } from '@/testing/mountPage'
import SelfEvaluationPage from './SelfEvaluationPage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn(), put: vi.fn() }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers, { byPath: true }))
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessageBox: { confirm: vi.fn().mockResolvedValue('confirm') },
}))

const EV = 'ev-1'
const evaluation = {
  id: EV, projectId: 'p1', round: 1, status: 'DRAFT', version: 7, total: 93.5, grade: '优',
  template: { id: 'national-default', version: 1 },
  selfAssessment: { indicators: [], executionExplanation: null },
  scoredAt: '2026-12-07T02:41:56Z',
}
const score = {
  evaluationId: EV, template: { id: 'national-default', version: 1 }, total: 93.5, grade: '优', gradeLabel: '优秀',
  execution: {
    fullYearBudget: 2000000, executed: 1700000, ratePercent: 85, weight: 10, score: 8.5,
    explanation: '执行率 = 全年执行数 1,700,000.00 ÷ 全年预算数 2,000,000.00 = 85.00%；得分 = 85.00% × 10 = 8.50',
  },
  indicators: [
    { indicatorId: 'jc-activities', dimension: 'QUANTITY', name: '开展主题活动次数', weight: 20, scaledWeight: 20, score: 18, notApplicable: false, explanation: '实际完成值 9次 < 年度指标值 ≥10次：得分 = 9 ÷ 10 × 20 = 18.00' },
    { indicatorId: 'jc-on-time', dimension: 'TIMELINESS', name: '按计划完工', weight: 5, scaledWeight: 5, score: 0, notApplicable: false, explanation: '定性指标尚未评定：得分 0.00' },
  ],
  parts: [{ category: 'OUTPUT', weight: 50, scaledWeight: 50, score: 18 }],
  blockingItems: [
    { kind: 'EXECUTION_EXPLANATION_MISSING', indicatorId: null, message: '预算执行率 85.00% 低于 90%，需填写执行率偏低的原因说明' },
    { kind: 'DEVIATION_NOTE_MISSING', indicatorId: 'jc-activities', message: '指标「开展主题活动次数」得分 18.00 低于分值 20，需填写偏差原因分析及改进措施' },
    { kind: 'QUALITATIVE_NOT_GRADED', indicatorId: 'jc-on-time', message: '定性指标「按计划完工」尚未评定等级和得分' },
  ],
  explanationLines: [], notScoredBecause: null, reviewScores: [], reviewTotal: null, reviewGrade: null,
  scoredAt: '2026-12-07T02:41:56Z',
}
const tree = {
  projectId: 'p1', version: 1, revision: 3, completeness: {},
  categories: [{
    category: 'OUTPUT', label: '产出指标', weight: 50, dimensions: [
      { dimension: 'QUANTITY', label: '数量指标', weight: 20, indicators: [{ id: 'jc-activities', direction: 'POSITIVE', target: { text: '≥10次' }, actual: { text: '9次' } }] },
      { dimension: 'TIMELINESS', label: '时效指标', weight: 5, indicators: [{ id: 'jc-on-time', direction: 'QUALITATIVE', target: { text: '按时完成' }, actual: { text: '按时完成' } }] },
    ],
  }],
}
const template = {
  id: 'national-default', version: 1, name: '全国通用', parts: [],
  qualitativeBands: { bands: [
    { grade: 'ACHIEVED', label: '达成年度指标', fromPercent: 80, toPercent: 100 },
    { grade: 'PARTLY_ACHIEVED', label: '部分达成年度指标并具有一定效果', fromPercent: 60, toPercent: 80 },
  ] },
  deviationNotes: { indicatorBelowPercentOfWeight: 100, executionRateBelowPercent: 90 },
}

async function open(roles: string[]) {
  answers.get.clear()
  answers.get.set(`/api/evaluations/${EV}`, evaluation)
  answers.get.set(`/api/evaluations/${EV}/score`, score)
  answers.get.set('/api/projects/p1/indicators', tree)
  answers.get.set('/api/templates/national-default/versions/1', template)
  answers.get.set('/api/evaluations', [evaluation])
  return mountPage(SelfEvaluationPage, {
    roles,
    stores: () => {
      const store = useProject()
      store.project = { id: 'p1', code: 'C', name: '示范项目', year: 2023, details: { name: '示范项目' } } as never
      store.evaluation = { id: EV, projectId: 'p1', round: 1, status: 'DRAFT', total: 93.5, grade: '优', version: 7 }
    },
  })
}

// mounting Element Plus in happy-dom takes seconds on a busy machine
describe('自评 page', { timeout: 30_000 }, () => {
  beforeEach(() => {
    answers.post.mockReset()
    answers.put.mockReset()
  })
  afterEach(unmountPages)

  it('shows the total and grade prominently and when the score was recomputed', async () => {
    const page = await open(['street-editor'])
    expect(page.get('[data-testid=score-total]').text()).toBe('93.50')
    expect(page.get('[data-testid=score-grade]').text()).toBe('优')
    expect(page.get('[data-testid=score-recomputed-at]').text()).toContain('得分更新于')
  })

  it("shows every line's arithmetic as evaluation-service gives it, budget execution first", async () => {
    const page = await open(['street-editor'])
    const table = page.get('[data-testid=score-lines]').text()
    expect(table).toContain('执行率 = 全年执行数 1,700,000.00 ÷ 全年预算数 2,000,000.00 = 85.00%')
    expect(table).toContain('得分 = 9 ÷ 10 × 20 = 18.00')
    expect(table.indexOf('预算执行率')).toBeLessThan(table.indexOf('开展主题活动次数'))
  })

  it('lists what blocks submission, each linked to where it is fixed', async () => {
    const page = await open(['street-editor'])
    const items = page.get('[data-testid=blocking-items]').findAll('li')
    expect(items).toHaveLength(3)
    expect(items[0].text()).toContain('去填写说明')
    expect(items[1].get('a').attributes('href')).toBe('/projects/p1/indicators?indicator=jc-activities')
    expect(items[2].get('a').attributes('href')).toBe('#grade-jc-on-time')
  })

  it('offers a grade for each 定性 indicator and asks for the low-rate explanation under 90%', async () => {
    const page = await open(['street-editor'])
    expect(page.findAll('[data-testid=qualitative-grade]')).toHaveLength(1)
    expect(page.find('#execution-explanation').exists()).toBe(true)
    expect(page.text()).toContain('预算执行率 85.00% 低于 90%，提交前须说明原因')
  })

  it('an editor does not see the submit button', async () => {
    expect((await open(['street-editor'])).find('[data-testid=submit-evaluation]').exists()).toBe(false)
  })

  it('an approver does', async () => {
    expect((await open(['street-approver'])).find('[data-testid=submit-evaluation]').exists()).toBe(true)
  })

  it("the approver's submission sends the version read, and a refusal lists every missing item", async () => {
    answers.post.mockRejectedValue(new ApiProblem(422, {
      status: 422,
      title: '自评尚不完整，不能提交 / Evaluation incomplete, cannot be submitted',
      detail: '有 2 项须补全后才能提交：… / 2 item(s) must be completed before submitting: …',
      blockingItems: [
        { kind: 'EXECUTION_EXPLANATION_MISSING', indicatorId: null, zh: '预算执行率 85.00% 低于 90%，需填写执行率偏低的原因说明', en: '…' },
        { kind: 'QUALITATIVE_NOT_GRADED', indicatorId: 'jc-on-time', zh: '定性指标「按计划完工」尚未评定等级和得分', en: '…' },
      ],
    }))
    const page = await open(['street-approver'])
    await page.get('[data-testid=submit-evaluation]').trigger('click')
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith(`/api/evaluations/${EV}/submit`, { version: 7, comment: undefined })
    const refusal = page.get('[data-testid=submit-refusal]')
    expect(refusal.findAll('li').map((li) => li.text())).toEqual([
      expect.stringContaining('预算执行率 85.00% 低于 90%'),
      expect.stringContaining('定性指标「按计划完工」尚未评定等级和得分'),
    ])
    expect(page.text()).toContain('自评尚不完整，不能提交，共 2 项须补全：')
  })
})
