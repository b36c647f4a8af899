import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiProblem } from '@/api/http'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import IndicatorsPage from './IndicatorsPage.vue'

/** The services' answers by URL; the page talks to them only through the http module. */
const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), put: vi.fn(), confirm: vi.fn() }))
vi.mock('@/api/http', async (original) => {
  const real = await original<typeof import('@/api/http')>()
  const get = async (url: string) => {
    const path = url.split('?')[0]
    if (!answers.get.has(path)) throw new real.ApiProblem(404, { title: '未找到 / Not found' })
    return structuredClone(answers.get.get(path))
  }
  return { ...real, http: { get, put: answers.put, post: vi.fn() }, upload: vi.fn(), download: vi.fn() }
})
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn(), info: vi.fn() },
  ElMessageBox: { confirm: answers.confirm },
}))

const indicator = (id: string, name: string, target: object | null, weight: number | null, actual: object | null, extra = {}) => ({
  id, name, target, comparison: null, direction: null, directionLabel: null, directionSource: 'TARGET', weight, dataSource: null,
  notApplicable: false, actual, actualReadAs: null, reached: null, missing: actual ? [] : ['ACTUAL'], ...extra,
})
const tree = () => ({
  projectId: 'p1', version: 4, revision: 5,
  completeness: { complete: false, missingTargets: [], missingWeights: [], missingActuals: [{ id: 'on-time', category: '产出指标', dimension: '时效指标', name: '按计划完工' }], notApplicable: [], templateDefaultDirection: [], actualsForJudgement: [] },
  categories: [
    { category: 'OUTPUT', label: '产出指标', weight: 25, dimensions: [
      { dimension: 'QUANTITY', label: '数量指标', weight: 20, indicators: [
        indicator('activities', '开展主题活动次数', { text: '≥10次', comparator: 'GE', value: 10, upperValue: null, unit: '次' }, 20,
          { text: '9次', value: 9, unit: '次', deviationNote: null }, { comparison: '≥', direction: 'POSITIVE', reached: false }),
      ] },
      { dimension: 'TIMELINESS', label: '时效指标', weight: 5, indicators: [
        indicator('on-time', '按计划完工', { text: '按时完成', comparator: null, value: null, upperValue: null, unit: null }, 5, null, { direction: 'QUALITATIVE' }),
      ] },
    ] },
    { category: 'SATISFACTION', label: '满意度指标', weight: 10, dimensions: [
      { dimension: 'BENEFICIARY_SATISFACTION', label: '服务对象满意度指标', weight: 10, indicators: [
        indicator('residents', '居民满意度', { text: '≥90%', comparator: 'GE', value: 90, upperValue: null, unit: '%' }, 10,
          { text: '96%', value: 96, unit: '%', deviationNote: null }, { comparison: '≥', direction: 'POSITIVE', reached: true }),
      ] },
    ] },
  ],
})
const score = {
  evaluationId: 'ev-1', total: 90, grade: '优', gradeLabel: '优秀', notScoredBecause: null, blockingItems: [],
  reflects: { indicatorsRevision: 5, actualsRevision: 5 },
  indicators: [
    { indicatorId: 'activities', dimension: 'QUANTITY', name: '开展主题活动次数', weight: 20, scaledWeight: 20, score: 18, notApplicable: false, explanation: '得分 = 9 ÷ 10 × 20 = 18.00' },
    { indicatorId: 'residents', dimension: 'BENEFICIARY_SATISFACTION', name: '居民满意度', weight: 10, scaledWeight: 10, score: 10, notApplicable: false, explanation: '得满分' },
  ],
}
const template = {
  id: 'national-default', version: 1, name: '全国通用项目支出绩效自评模板', defaultDirection: 'POSITIVE',
  parts: [{ part: 'BUDGET_EXECUTION', weight: 10 }, { part: 'OUTPUT', weight: 50 }, { part: 'EFFECT', weight: 30 }, { part: 'SATISFACTION', weight: 10 }],
  deviationNotes: { indicatorBelowPercentOfWeight: 100, executionRateBelowPercent: 90 },
}

const targets = (state: string, stateLabel: string) => ({
  projectId: 'p1', version: 4, revision: 5, state, stateLabel, locked: state === 'SUBMITTED' || state === 'APPROVED',
  submittable: false, findings: [], history: [], adjustable: state === 'APPROVED', adjustment: null, adjustments: [],
})

async function open(roles: string[], options: { targets?: unknown; query?: string } = {}) {
  setActivePinia(createPinia())
  answers.get.clear()
  answers.get.set('/api/projects/p1/indicators', tree())
  if (options.targets) answers.get.set('/api/projects/p1/targets', options.targets)
  answers.get.set('/api/evaluations/ev-1', { id: 'ev-1', template: { id: 'national-default', version: 1 } })
  answers.get.set('/api/evaluations/ev-1/score', score)
  answers.get.set('/api/templates/national-default/versions/1', template)
  const store = useProject()
  store.project = { id: 'p1', code: 'C', name: '示范项目', year: 2023, details: { name: '示范项目' } } as never
  store.evaluation = { id: 'ev-1', projectId: 'p1', round: 1, status: 'DRAFT', total: 90, grade: '优', version: 7 }
  useSession().me = { username: 'u', roles }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/projects/p1/indicators', component: IndicatorsPage }] })
  router.push(`/projects/p1/indicators${options.query ?? ''}`)
  await router.isReady()
  const page = mount({ template: '<router-view />' }, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return page
}

const row = (page: Awaited<ReturnType<typeof open>>, name: string) => page.get(`[data-testid=indicator-row][data-indicator-name="${name}"]`)

describe('绩效指标 page', () => {
  beforeEach(() => {
    answers.put.mockReset()
    answers.confirm.mockReset()
  })

  it('lists every line in the order of the form, with the target as written, as read, and its direction', async () => {
    const page = await open(['street-editor'])
    const rows = page.findAll('[data-testid=indicator-row]')
    expect(rows.map((r) => r.attributes('data-indicator-name'))).toEqual(['开展主题活动次数', '按计划完工', '居民满意度'])
    expect(rows[0].text()).toContain('≥10次')
    expect(rows[0].text()).toContain('读作：≥ 10 次')
    expect(rows[0].text()).toContain('20.00')
    expect(rows[1].text()).toContain('定性')
  })

  it('sums the 分值 of each part against the template', async () => {
    const page = await open(['street-editor'])
    const sums = page.get('[data-testid=weights-sum]').text()
    expect(sums).toContain('全国通用项目支出绩效自评模板')
    expect(sums).toContain('产出指标25.00 / 50.00')
    expect(sums).toContain('少 25.00 分')
    expect(page.get('[data-testid=weights-total]').text()).toBe('45.00')
  })

  it('asks for the 偏差原因分析及改进措施 on a line below full marks only', async () => {
    const page = await open(['street-editor'])
    expect(row(page, '开展主题活动次数').find('[data-testid=deviation-input]').exists()).toBe(true)
    expect(row(page, '居民满意度').find('[data-testid=deviation-input]').exists()).toBe(false)
    expect(row(page, '居民满意度').text()).toContain('得满分，无需填写')
  })

  it('saves the actuals of all lines changed in ONE request, on the version read', async () => {
    answers.put.mockResolvedValue({ ...tree(), version: 5, revision: 6 })
    const page = await open(['street-editor'])
    await row(page, '开展主题活动次数').get('[data-testid=actual-input]').setValue('10次')
    await row(page, '开展主题活动次数').get('[data-testid=deviation-input]').setValue('第四季度活动顺延')
    await row(page, '按计划完工').get('[data-testid=actual-input]').setValue('已按时完成')
    await page.get('[data-testid=save-actuals]').trigger('click')
    await flushPromises()
    expect(answers.put).toHaveBeenCalledTimes(1)
    expect(answers.put).toHaveBeenCalledWith('/api/projects/p1/indicators/actuals', {
      version: 4,
      actuals: [
        { indicatorId: 'activities', actual: '10次', deviationNote: '第四季度活动顺延' },
        { indicatorId: 'on-time', actual: '已按时完成' },
      ],
    })
  })

  it("shows the service's refusal of a line beside it", async () => {
    answers.put.mockRejectedValue(new ApiProblem(400, {
      title: '实际完成值未保存 / Actual values not saved',
      errors: [{ field: 'actuals[0].actual', message: '第 1 行“开展主题活动次数”的实际完成值：单位与年度指标值不符 / Line 1 …' }],
    }))
    const page = await open(['street-editor'])
    await row(page, '开展主题活动次数').get('[data-testid=actual-input]').setValue('10个')
    await page.get('[data-testid=save-actuals]').trigger('click')
    await flushPromises()
    expect(row(page, '开展主题活动次数').text()).toContain('单位与年度指标值不符')
  })

  it('after someone else saved, reloads and keeps what was typed', async () => {
    answers.put.mockRejectedValue(new ApiProblem(409, { title: '数据已被修改 / Conflict' }))
    answers.confirm.mockResolvedValue('confirm')
    const page = await open(['street-editor'])
    await row(page, '按计划完工').get('[data-testid=actual-input]').setValue('已按时完成')
    answers.get.set('/api/projects/p1/indicators', { ...tree(), version: 9 })
    await page.get('[data-testid=save-actuals]').trigger('click')
    await flushPromises()
    expect(answers.confirm).toHaveBeenCalled()
    expect((row(page, '按计划完工').get('[data-testid=actual-input]').element as HTMLTextAreaElement).value).toBe('已按时完成')
    answers.put.mockResolvedValue(tree())
    await page.get('[data-testid=save-actuals]').trigger('click')
    await flushPromises()
    expect(answers.put.mock.lastCall?.[1]).toMatchObject({ version: 9 })
  })

  it('lists what is still missing, and an approver reads without editing', async () => {
    const page = await open(['street-approver'])
    expect(page.text()).toContain('缺实际完成值（1）')
    expect(page.find('[data-testid=actual-input]').exists()).toBe(false)
    expect(page.find('[data-testid=save-actuals]').exists()).toBe(false)
    expect(row(page, '开展主题活动次数').text()).toContain('9次')
  })

  it('takes a finding of the targets’ checks to its cell: the definition opens on the line, the field marked and focused', async () => {
    const page = await open(['street-editor'], { targets: targets('DRAFT', '草稿'), query: '?indicator=on-time&field=target' })
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
    expect(page.find('[data-testid=save-definition]').exists()).toBe(true)
    const cell = page.get('#definition-on-time [data-field=target]')
    expect(cell.classes()).toContain('flash-cell')
    expect(document.activeElement).toBe(cell.get('input').element)
    expect(page.find('[data-testid=targets-locked]').exists()).toBe(false)
  }, 60_000)

  it('says approved targets are locked and a change is a 目标调整; the definition is not offered, actuals still are', async () => {
    const page = await open(['street-editor'], { targets: targets('APPROVED', '已批复'), query: '?indicator=on-time&field=target' })
    expect(page.get('[data-testid=targets-locked]').text()).toContain('绩效目标已批复，指标已锁定，如需修改请提出目标调整')
    expect(page.text()).not.toContain('指标体系设定')
    expect(page.find('[data-testid=save-definition]').exists()).toBe(false)
    expect(page.find('[data-testid=save-actuals]').exists()).toBe(true)
  })

  it('says submitted targets are locked while the district reviews them', async () => {
    const page = await open(['street-editor'], { targets: targets('SUBMITTED', '已提交') })
    expect(page.get('[data-testid=targets-locked]').text()).toContain('已提交审核，指标已锁定')
    expect(page.text()).not.toContain('指标体系设定')
  })

  it('a definition refused because the targets were submitted meanwhile says so and leaves the definition', async () => {
    answers.put.mockRejectedValue(new ApiProblem(409, {
      status: 409, code: 'targets-locked', title: '绩效目标已提交审核，不能修改 / Targets submitted, cannot be changed',
    }))
    const page = await open(['street-editor'], { targets: targets('DRAFT', '草稿') })
    await page.get('input[value=define]').setValue(true)
    await flushPromises()
    answers.get.set('/api/projects/p1/targets', targets('SUBMITTED', '已提交'))
    await page.get('[data-testid=definition-row] input').setValue('开展主题活动次数（修改）')
    await page.get('[data-testid=save-definition]').trigger('click')
    await flushPromises()
    expect(answers.confirm).not.toHaveBeenCalled()
    expect(page.find('[data-testid=targets-locked]').exists()).toBe(true)
    expect(page.find('[data-testid=save-definition]').exists()).toBe(false)
  }, 60_000)
})
