import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ApiProblem } from '@/api/http'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import SurveyPage from './SurveyPage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn(), upload: vi.fn() }))
vi.mock('@/api/http', async (original) => {
  const real = await original<typeof import('@/api/http')>()
  const get = async (url: string) => structuredClone(answers.get.get(url.split('?')[0]))
  return { ...real, http: { get, post: answers.post }, upload: answers.upload }
})
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn(), info: vi.fn() },
}))

const satisfactionTree = (ids: string[]) => ({
  projectId: 'p1', version: 1, revision: 1, completeness: {},
  categories: [{ category: 'SATISFACTION', label: '满意度指标', weight: 10, dimensions: [{ dimension: 'BENEFICIARY_SATISFACTION', label: '服务对象满意度指标', weight: 10,
    indicators: ids.map((id) => ({ id, name: id === 'residents' ? '辖区居民满意度' : '商户满意度', notApplicable: false })) }] }],
})
const FIVE = ['非常满意', '满意', '一般', '不满意', '非常不满意']
const counted = {
  id: 's1', evaluationId: 'ev-1', counted: true, source: '居民问卷.xlsx', respondents: 203, invalidRespondents: 3,
  rateExplanation: '满意度 = 满意人数 192 ÷ 有效问卷 200 = 96.00%', rowProblems: [{ row: 7, problem: '第1题的回答“还行”不在选项中 (not on the scale)' }], rowProblemCount: 3,
  recordedAt: '2026-12-07T02:41:56Z', recordedBy: 'jinchen-editor',
  questionnaire: { title: '居民满意度调查问卷', indicatorId: 'residents', decidingQuestion: 1, questions: [
    { number: 1, text: '总体满意度', scale: FIVE, satisfiedAnswers: FIVE.slice(0, 2) },
    { number: 2, text: '活动满意度', scale: FIVE, satisfiedAnswers: FIVE.slice(0, 2) },
  ] },
  analysis: { surveyId: 's1', indicatorId: 'residents', title: '居民满意度调查问卷', respondents: 203, validRespondents: 200, satisfied: 192, satisfactionPercent: 96.0, questions: [
    { text: '总体满意度', answers: [138, 54, 6, 2, 0].map((count, i) => ({ answer: FIVE[i], count, countsAsSatisfied: i < 2 })) },
    { text: '活动满意度', answers: [121, 62, 13, 4, 0].map((count, i) => ({ answer: FIVE[i], count, countsAsSatisfied: i < 2 })) },
  ] },
}

async function open(roles: string[], surveys: unknown[], indicators = ['residents', 'merchants']) {
  setActivePinia(createPinia())
  answers.get.set('/api/projects/p1/indicators', satisfactionTree(indicators))
  answers.get.set('/api/evaluations/ev-1/surveys', surveys)
  const store = useProject()
  store.project = { id: 'p1', code: 'C', name: '示范项目', year: 2023, details: { name: '示范项目' } } as never
  store.evaluation = { id: 'ev-1', projectId: 'p1', round: 1, status: 'DRAFT', total: 90, grade: '优', version: 7 }
  useSession().me = { username: 'u', roles }
  const page = mount(SurveyPage, { attachTo: document.body })
  await flushPromises()
  return page
}

describe('满意度调查 page', () => {
  beforeEach(() => {
    answers.post.mockReset()
    answers.upload.mockReset()
  })

  it('shows the rate with its arithmetic and the counts of every answer of every question', async () => {
    const page = await open(['street-editor'], [counted])
    expect(page.get('[data-testid=survey-rate]').text()).toBe('96.00%')
    expect(page.text()).toContain('满意度 = 满意人数 192 ÷ 有效问卷 200 = 96.00%')
    const rows = page.findAll('.counts-table tbody tr')
    expect(rows[0].text()).toContain('总体满意度')
    expect(rows[0].findAll('td').map((td) => td.text()).slice(0, 6)).toEqual(['138', '54', '6', '2', '0', '200'])
    expect(page.text()).toContain('对应指标：辖区居民满意度')
    expect(page.text()).toContain('答卷中 3 处问题')
    expect(page.text()).toContain('第1题的回答“还行”不在选项中')
  })

  it('designs a questionnaire for a satisfaction indicator that has none yet', async () => {
    answers.post.mockResolvedValue({ ...counted, id: 's2', counted: false, analysis: null, questionnaire: { ...counted.questionnaire, indicatorId: 'merchants', title: '商户问卷' } })
    const page = await open(['street-editor'], [counted])
    await page.findAll('button').find((b) => b.text() === '设计调查问卷')!.trigger('click')
    const form = page.get('[aria-label=设计调查问卷]')
    await form.get('input').setValue('商户满意度调查问卷')
    await form.findAll('button').find((b) => b.text() === '保存问卷')!.trigger('click')
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith('/api/evaluations/ev-1/surveys', {
      title: '商户满意度调查问卷', indicatorId: 'merchants', decidingQuestion: 1,
      questions: [{ text: '您对本项目实施效果的总体满意度', scale: FIVE, satisfiedAnswers: ['非常满意', '满意'] }],
    })
    expect(page.findAll('article')).toHaveLength(2)
  })

  it('imports a response file, and shows a refusal with every problem', async () => {
    answers.upload.mockRejectedValue(new ApiProblem(422, {
      title: '调查问卷或答卷有误 / Invalid survey', detail: '无法据此计算满意度：缺少决定满意度的第1题一列 / …',
      problems: ['缺少决定满意度的第1题（总体满意度）一列 (no column for the deciding question)'],
    }))
    const page = await open(['street-editor'], [{ ...counted, counted: false, analysis: null }], ['residents'])
    const input = page.get('article input[type=file]')
    Object.defineProperty(input.element, 'files', { value: [new File(['a,b'], '答卷.csv', { type: 'text/csv' })] })
    await input.trigger('change')
    await flushPromises()
    expect(answers.upload.mock.calls[0][0]).toBe('/api/evaluations/ev-1/surveys/s1/responses')
    expect(page.text()).toContain('答卷未导入')
    expect(page.text()).toContain('缺少决定满意度的第1题（总体满意度）一列')
  })

  it('an approver sees the results without designing or importing', async () => {
    const page = await open(['street-approver'], [counted])
    expect(page.get('[data-testid=survey-rate]').text()).toBe('96.00%')
    expect(page.findAll('button').map((b) => b.text()).join()).not.toMatch(/设计调查问卷|导入答卷/)
  })
})
