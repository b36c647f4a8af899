import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ApiProblem } from '@/api/http'
import type { Evaluation, Score, Template } from '@/api/evaluations'
import SelfAssessmentForm from './SelfAssessmentForm.vue'

const put = vi.hoisted(() => vi.fn())
vi.mock('@/api/http', async (original) => ({ ...(await original<typeof import('@/api/http')>()), http: { put } }))
const confirm = vi.hoisted(() => vi.fn())
vi.mock('element-plus', async (original) => ({ ...(await original<typeof import('element-plus')>()), ElMessageBox: { confirm } }))

const evaluation = {
  id: 'ev', projectId: 'p', round: 1, status: 'DRAFT', version: 4, total: 80, grade: '良', template: null,
  selfAssessment: {
    indicators: [
      { indicatorId: 'jc-on-time', grade: 'ACHIEVED', score: 5, notApplicable: false, notApplicableReason: null },
      { indicatorId: 'jc-dropped', grade: null, score: null, notApplicable: true, notApplicableReason: '本年度未开展' },
    ],
    executionExplanation: null,
  },
} as Evaluation
const score = { execution: { ratePercent: 85 } } as Score
const template = {
  id: 't', version: 1, name: '', parts: [],
  qualitativeBands: { bands: [
    { grade: 'ACHIEVED', label: '达成年度指标', fromPercent: 80, toPercent: 100 },
    { grade: 'PARTLY_ACHIEVED', label: '部分达成年度指标并具有一定效果', fromPercent: 60, toPercent: 80 },
  ] },
  deviationNotes: { indicatorBelowPercentOfWeight: 100, executionRateBelowPercent: 90 },
} as Template
const lines = [{ indicatorId: 'jc-on-time', name: '按计划完工', weight: 5, target: '按时完成', actual: '按时完成' }]

async function form() {
  const page = mount(SelfAssessmentForm, { props: { evaluation, score, template, lines, editable: true } })
  await flushPromises()
  return page
}

describe('the street\'s own assessment', { timeout: 30_000 }, () => {
  it('shows the band of the grade chosen', async () => {
    expect((await form()).text()).toContain('区间：4.00 ～ 5.00 分（分值的 80%（含）至 100%（含））')
  })

  it('tells points outside the band as they are typed and does not save them', async () => {
    const page = await form()
    await page.get('input[aria-label="按计划完工 的评定得分"]').setValue('3')
    expect(page.text()).toContain('该等级的得分须在 4.00 至 5.00 分之间')
    expect(page.get('button.el-button--primary').attributes('disabled')).toBeDefined()
  })

  it('saves the whole assessment on the version read, keeping the lines it does not show', async () => {
    put.mockResolvedValue({ ...evaluation, version: 5 })
    const page = await form()
    await page.get('input[aria-label="按计划完工 的评定得分"]').setValue('4.5')
    await page.get('textarea[aria-label="预算执行率偏低的原因说明"]').setValue('合同尾款次年支付')
    await page.get('button.el-button--primary').trigger('click')
    await flushPromises()
    expect(put).toHaveBeenCalledWith('/api/evaluations/ev/self-assessment', {
      version: 4,
      indicators: [
        { indicatorId: 'jc-dropped', grade: null, score: null, notApplicable: true, notApplicableReason: '本年度未开展' },
        { indicatorId: 'jc-on-time', grade: 'ACHIEVED', score: '4.50', notApplicable: false, notApplicableReason: null },
      ],
      executionExplanation: '合同尾款次年支付',
    })
    expect(page.emitted('saved')).toHaveLength(1)
  })

  it('after someone else saved, offers to reload and keeps what was typed', async () => {
    put.mockRejectedValue(new ApiProblem(409, { title: '版本冲突 / Conflict' }))
    confirm.mockResolvedValue('confirm')
    const page = await form()
    await page.get('textarea[aria-label="预算执行率偏低的原因说明"]').setValue('我写的说明')
    await page.get('button.el-button--primary').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalled()
    expect(page.emitted('reload')).toHaveLength(1)
    await page.setProps({ evaluation: { ...evaluation, version: 6 } })
    expect((page.get('textarea[aria-label="预算执行率偏低的原因说明"]').element as HTMLTextAreaElement).value).toBe('我写的说明')
  })
})
