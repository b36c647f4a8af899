import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ElMessageBox } from 'element-plus'
import { STREET_NAMES_URL } from '@/testing/fakeHttp'
import { BLANK, mountPage, unmountPages } from '@/testing/mountPage'
import ReviewPage from './ReviewPage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn(), put: vi.fn() }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers, { byPath: true }))
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessageBox: { confirm: vi.fn() },
}))

const EV = 'ev-1'
function evaluationIn(status: string, extra: Record<string, unknown> = {}) {
  return {
    id: EV, projectId: 'p1', round: 1, status, version: 4, total: 88, grade: '良', tenantId: 'jixiao:panlong:jinchen',
    projectCode: 'WEBC-1', projectName: '社区民族团结活动经费', year: 2023, template: { id: 'national-default', version: 1 },
    selfAssessment: { indicators: [], executionExplanation: null }, reviewScores: [], reviewTotal: null, reviewGrade: null,
    history: [], ...extra,
  }
}
const score = {
  evaluationId: EV, template: { id: 'national-default', version: 1 }, total: 88, grade: '良', gradeLabel: '良',
  execution: { fullYearBudget: 100000, executed: 80000, ratePercent: 80, weight: 10, score: 8, explanation: '执行率 80.00%' },
  indicators: [
    { indicatorId: 'activities', dimension: 'QUANTITY', name: '开展主题活动次数', weight: 50, scaledWeight: 50, score: 40, notApplicable: false, explanation: '8 ÷ 10 × 50 = 40.00' },
    { indicatorId: 'participants', dimension: 'SOCIAL_BENEFIT', name: '参与群众人次', weight: 30, scaledWeight: 30, score: 30, notApplicable: false, explanation: '满分' },
  ],
  parts: [], blockingItems: [], explanationLines: [], notScoredBecause: null, reviewScores: [], reviewTotal: null, reviewGrade: null,
}
const history = {
  projectId: 'p1',
  rounds: [{
    evaluationId: EV, round: 1, status: 'SUBMITTED', openedAt: '2026-12-07T05:00:00Z', total: 88, grade: '良', reviewTotal: null, reviewGrade: null,
    steps: [{ step: 'SUBMIT', from: 'DRAFT', to: 'SUBMITTED', actor: 'jinchen-approver', at: '2026-12-07T05:25:50Z', comment: null }],
  }],
}

async function open(status: string, roles: string[], extra: Record<string, unknown> = {}) {
  answers.get.clear()
  answers.get.set(`/api/evaluations/${EV}`, evaluationIn(status, extra))
  answers.get.set(`/api/evaluations/${EV}/score`, score)
  answers.get.set(`/api/evaluations/${EV}/history`, history)
  answers.get.set('/api/projects/p1', { id: 'p1', code: 'WEBC-1', name: '社区民族团结活动经费', streetId: 'jixiao:panlong:jinchen', year: 2023, details: { name: '社区民族团结活动经费', implementingUnit: '金辰街道办事处' } })
  answers.get.set('/api/projects/p1/budget', { fullYearBudget: { yuan: '100000.00', wan: '10.00' } })
  answers.get.set('/api/projects/p1/ledger/summary', { executed: '80000.00', executionRate: '80.00', entryCount: 1 })
  answers.get.set('/api/projects/p1/evidence', [])
  answers.get.set('/api/reports/p1/archives', [])
  answers.get.set(STREET_NAMES_URL, { districts: [] })
  return mountPage(ReviewPage, {
    roles, props: { evaluationId: EV },
    routes: [
      { path: '/district/reviews', name: 'review-queue', component: BLANK },
      { path: '/district/reviews/:evaluationId', name: 'review', component: BLANK },
    ],
  })
}

const ACTIONS = ['review-start', 'review-return', 'review-approve', 'review-finalize', 'review-reopen']
const shown = (page: Awaited<ReturnType<typeof open>>) => ACTIONS.filter((id) => page.find(`[data-testid=${id}]`).exists())

// mounting Element Plus in happy-dom takes seconds on a busy machine
describe('复核 page', { timeout: 30_000 }, () => {
  beforeEach(() => {
    answers.post.mockReset()
    answers.put.mockReset()
    vi.mocked(ElMessageBox.confirm).mockReset()
  })
  afterEach(unmountPages)

  it('offers the overseer the steps of each status', async () => {
    expect(shown(await open('SUBMITTED', ['district-overseer']))).toEqual(['review-start'])
    unmountPages()
    expect(shown(await open('UNDER_REVIEW', ['district-overseer']))).toEqual(['review-return', 'review-approve'])
    unmountPages()
    expect(shown(await open('APPROVED', ['district-overseer']))).toEqual(['review-finalize'])
    unmountPages()
    expect(shown(await open('FINALIZED', ['district-overseer']))).toEqual(['review-reopen'])
  })

  it('shows the auditor the same page without a single write control, review scores as text', async () => {
    const reviewScores = [{ indicatorId: 'activities', score: 35, reason: '台账只能证实7次活动', reviewer: 'panlong-overseer', at: '2026-12-07T05:30:00Z' }]
    const page = await open('UNDER_REVIEW', ['auditor', 'district-overseer'], { reviewScores, reviewTotal: 83, reviewGrade: '良' })
    expect(shown(page)).toEqual([])
    expect(page.find('[data-testid=review-scores-save]').exists()).toBe(false)
    expect(page.findAll('input, textarea').filter((el) => !el.element.closest('[role=search]'))).toHaveLength(0)
    const line = page.get('[data-testid=review-line][data-indicator-name=开展主题活动次数]')
    expect(line.text()).toContain('35.00')
    expect(line.text()).toContain('台账只能证实7次活动')
    expect(page.get('[data-testid=review-total]').text()).toBe('83.00')
    expect(page.get('[data-testid=score-total]').text()).toBe('88.00')
    expect(page.get('[data-testid=review-history]').text()).toContain('jinchen-approver')
  })

  it('asks before starting the review and sends the version read', async () => {
    const page = await open('SUBMITTED', ['district-overseer'])
    vi.mocked(ElMessageBox.confirm).mockRejectedValueOnce('cancel')
    await page.get('[data-testid=review-start]').trigger('click')
    await flushPromises()
    expect(ElMessageBox.confirm).toHaveBeenCalledOnce()
    expect(answers.post).not.toHaveBeenCalled()

    vi.mocked(ElMessageBox.confirm).mockResolvedValueOnce('confirm' as never)
    answers.post.mockResolvedValueOnce(evaluationIn('UNDER_REVIEW', { version: 5 }))
    await page.get('[data-testid=review-start]').trigger('click')
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith(`/api/evaluations/${EV}/start-review`, { version: 4, comment: undefined })
  })

  it('returns only with a comment of at least five characters', async () => {
    const page = await open('UNDER_REVIEW', ['district-overseer'])
    await page.get('[data-testid=review-return]').trigger('click')
    await flushPromises()
    const comment = document.querySelector<HTMLTextAreaElement>('textarea[data-testid=return-comment]')!
    const confirm = document.querySelector<HTMLButtonElement>('[data-testid=return-confirm]')!
    confirm.click()
    await flushPromises()
    expect(answers.post).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('请填写退回意见')

    comment.value = '请补充第三季度活动签到表'
    comment.dispatchEvent(new Event('input'))
    await flushPromises()
    answers.post.mockResolvedValueOnce(evaluationIn('RETURNED', { version: 5 }))
    confirm.click()
    await flushPromises()
    expect(ElMessageBox.confirm).not.toHaveBeenCalled()
    expect(answers.post).toHaveBeenCalledWith(`/api/evaluations/${EV}/return`, { version: 4, comment: '请补充第三季度活动签到表' })
  })

  it('checks each 复核分 against the line’s 分值 and asks a reason where it differs from the self-score', async () => {
    const page = await open('UNDER_REVIEW', ['district-overseer'])
    const line = page.get('[data-testid=review-line][data-indicator-name=开展主题活动次数]')
    await line.get('input[data-testid=review-score-input]').setValue('51')
    expect(line.text()).toContain('复核分应在 0 至 50.00 分之间')
    await line.get('input[data-testid=review-score-input]').setValue('35')
    expect(line.text()).toContain('复核分与自评分不同，请说明理由')
    await page.get('[data-testid=review-scores-save]').trigger('click')
    await flushPromises()
    expect(answers.put).not.toHaveBeenCalled()

    await line.get('textarea[data-testid=review-reason-input]').setValue('台账只能证实7次活动')
    expect(line.text()).not.toContain('请说明理由')
    answers.put.mockResolvedValueOnce(evaluationIn('UNDER_REVIEW', { version: 5 }))
    await page.get('[data-testid=review-scores-save]').trigger('click')
    await flushPromises()
    expect(answers.put).toHaveBeenCalledWith(`/api/evaluations/${EV}/review-scores`, {
      version: 4, indicatorId: 'activities', score: '35.00', reason: '台账只能证实7次活动',
    })
  })

  it('asks before finalizing, and a 409 shows the service’s Chinese detail and reloads', async () => {
    const { ApiProblem } = await import('@/api/http')
    const page = await open('APPROVED', ['district-overseer'])
    vi.mocked(ElMessageBox.confirm).mockResolvedValueOnce('confirm' as never)
    answers.post.mockRejectedValueOnce(new ApiProblem(409, { detail: '自评已被他人修改 / Changed by someone else' }))
    await page.get('[data-testid=review-finalize]').trigger('click')
    await flushPromises()
    expect(ElMessageBox.confirm).toHaveBeenCalledWith(expect.stringContaining('定稿后'), '定稿', expect.objectContaining({ confirmButtonText: '确认定稿' }))
    expect(answers.post).toHaveBeenCalledWith(`/api/evaluations/${EV}/finalize`, { version: 4, comment: undefined })
    expect(document.body.textContent).toContain('自评已被他人修改')
  })
})
