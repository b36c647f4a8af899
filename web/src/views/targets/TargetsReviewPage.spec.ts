import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ApiProblem } from '@/api/http'
import { mountPage, unmountPages } from '@/testing/mountPage'
import { writeControls } from '@/testing/writeControls'
import TargetsReviewPage from './TargetsReviewPage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn() }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers))

const submitStep = { step: 'SUBMIT', stepLabel: '提交', from: 'DRAFT', to: 'SUBMITTED', toLabel: '已提交', actor: 'jinchen-editor', at: '2026-12-07T02:00:00Z', comment: null, revision: 3 }
const submitted = {
  projectId: 'p1', version: 6, revision: 3, state: 'SUBMITTED', stateLabel: '已提交', locked: true, submittable: false,
  findings: [], history: [submitStep], adjustable: false, adjustment: null, adjustments: [],
}
const line = (id: string, name: string, target: string, weight: number) => ({
  id, name, target: { text: target }, comparison: null, direction: 'POSITIVE', directionLabel: '正向', directionSource: 'TARGET',
  weight, dataSource: '活动台账', notApplicable: false, actual: null, actualReadAs: null, reached: null, missing: [],
})
const tree = {
  projectId: 'p1', version: 6, revision: 3, completeness: {},
  categories: [{ category: 'OUTPUT', label: '产出指标', weight: 30, dimensions: [
    { dimension: 'QUANTITY', label: '数量指标', weight: 30, indicators: [line('jc-activities', '开展主题活动次数', '≥10次', 20), line('jc-parks', '建成主题公园数量', '=3个', 10)] },
  ] }],
}

async function open(roles: string[], targets: unknown = submitted) {
  answers.get.clear()
  answers.get.set('/api/projects/p1', { id: 'p1', streetId: 'jixiao:panlong:jinchen', code: 'MZTJ-001', name: '民族团结示范街道专项资金', year: 2023, details: { name: '民族团结示范街道专项资金' } })
  answers.get.set('/api/projects/p1/targets', targets)
  answers.get.set('/api/projects/p1/indicators', tree)
  return mountPage(TargetsReviewPage, { roles, props: { projectId: 'p1' } })
}

const dialogButton = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid=${testid}]`)!

describe('绩效目标 review', { timeout: 30_000 }, () => {
  beforeEach(() => {
    answers.post.mockReset()
  })
  afterEach(unmountPages)

  it('shows the tree as submitted, the state and who submitted it', async () => {
    const page = await open(['district-overseer'])
    expect(page.get('[data-testid=targets-state]').text()).toBe('已提交')
    expect(page.findAll('[data-testid=targets-tree-line]').map((l) => l.attributes('data-indicator-id'))).toEqual(['jc-activities', 'jc-parks'])
    expect(page.get('[data-testid=targets-tree]').text()).toContain('≥10次')
    expect(page.get('[data-testid=targets-history]').text()).toContain('jinchen-editor')
  })

  it('approves with the version read, the comment optional', async () => {
    answers.post.mockResolvedValue({ ...submitted, version: 7, state: 'APPROVED', stateLabel: '已批复' })
    const page = await open(['district-overseer'])
    await page.get('[data-testid=targets-approve]').trigger('click')
    await flushPromises()
    dialogButton('targets-confirm').click()
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith('/api/projects/p1/targets/approval', { version: 6, comment: undefined })
    expect(page.get('[data-testid=targets-state]').text()).toBe('已批复')
    expect(page.find('[data-testid=targets-approve]').exists()).toBe(false)
  })

  it('returns only with a comment saying what to change', async () => {
    answers.post.mockResolvedValue({ ...submitted, version: 7, state: 'RETURNED', stateLabel: '已退回' })
    const page = await open(['district-overseer'])
    await page.get('[data-testid=targets-return]').trigger('click')
    await flushPromises()
    dialogButton('targets-confirm').click()
    await flushPromises()
    expect(answers.post).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('退回须填写意见')
    const comment = document.body.querySelector<HTMLTextAreaElement>('[data-testid=targets-comment] textarea, textarea[data-testid=targets-comment]')!
    comment.value = '满意度指标请改为 ≥90%'
    comment.dispatchEvent(new Event('input'))
    await flushPromises()
    dialogButton('targets-confirm').click()
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith('/api/projects/p1/targets/return', { version: 6, comment: '满意度指标请改为 ≥90%' })
    expect(page.get('[data-testid=targets-state]').text()).toBe('已退回')
  })

  it('reloads when the targets moved since they were read (409)', async () => {
    answers.post.mockRejectedValue(new ApiProblem(409, { status: 409, title: '数据已被他人修改 / Changed meanwhile' }))
    const page = await open(['district-overseer'])
    await page.get('[data-testid=targets-approve]').trigger('click')
    await flushPromises()
    answers.get.set('/api/projects/p1/targets', { ...submitted, version: 8, state: 'RETURNED', stateLabel: '已退回' })
    dialogButton('targets-confirm').click()
    await flushPromises()
    expect(page.get('[data-testid=targets-state]').text()).toBe('已退回')
  })

  it('offers an auditor the tree, the findings and the history, and no step', async () => {
    const page = await open(['auditor'])
    expect(page.findAll('[data-testid=targets-tree-line]')).toHaveLength(2)
    expect(page.find('[data-testid=targets-approve]').exists()).toBe(false)
    expect(page.text()).toContain('只读')
    expect(writeControls()).toEqual([])
  })

  it('decides an open 目标调整: its reason and changes shown, approved with the version read, a return only with a comment', async () => {
    const change = { kind: 'CHANGED', kindLabel: '修改', indicatorId: 'jc-activities', indicator: '开展主题活动次数', dimension: 'QUANTITY', fields: ['target'], nameBefore: null, targetBefore: '≥10次', targetAfter: '≥8次', weightBefore: 20, weightAfter: 20 }
    const adjustment = { number: 1, status: 'OPEN', statusLabel: '待审核', reason: '活动中心修缮停用', requestedBy: 'jinchen-editor', requestedAt: '2026-12-07T05:00:00Z', revision: 3, decidedBy: null, decidedAt: null, comment: null, revisionBefore: null, revisionAfter: null, changes: [change], proposed: [] }
    const approved = { ...submitted, version: 9, state: 'APPROVED', stateLabel: '已批复', adjustable: false, adjustment, adjustments: [adjustment] }
    const page = await open(['district-overseer'], approved)
    expect(page.find('[data-testid=targets-approve]').exists()).toBe(false)
    expect(page.get('[data-testid=adjustment-open]').text()).toContain('活动中心修缮停用')
    expect(page.get('[data-testid=adjustment-change]').text()).toContain('≥8次')

    await page.get('[data-testid=adjustment-return]').trigger('click')
    await flushPromises()
    dialogButton('targets-confirm').click()
    await flushPromises()
    expect(answers.post).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('退回须填写意见')
    document.body.querySelector<HTMLElement>('.el-dialog__footer .el-button:not(.el-button--primary)')!.click()
    await flushPromises()

    const decided = { ...adjustment, status: 'APPROVED', statusLabel: '已批准', decidedBy: 'panlong-overseer', decidedAt: '2026-12-07T06:00:00Z' }
    answers.post.mockResolvedValue({ ...approved, version: 10, adjustable: true, adjustment: null, adjustments: [decided] })
    await page.get('[data-testid=adjustment-approve]').trigger('click')
    await flushPromises()
    dialogButton('targets-confirm').click()
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith('/api/projects/p1/targets/adjustments/approval', { version: 9, comment: undefined })
    expect(page.find('[data-testid=adjustment-open]').exists()).toBe(false)
    expect(page.get('[data-testid=adjustment-record]').attributes('data-status')).toBe('APPROVED')
  })

  it('shows an auditor the open 目标调整 without a step', async () => {
    const adjustment = { number: 1, status: 'OPEN', statusLabel: '待审核', reason: '活动中心修缮停用', requestedBy: 'jinchen-editor', requestedAt: '2026-12-07T05:00:00Z', revision: 3, decidedBy: null, decidedAt: null, comment: null, revisionBefore: null, revisionAfter: null, changes: [], proposed: [] }
    const page = await open(['auditor'], { ...submitted, state: 'APPROVED', stateLabel: '已批复', adjustment, adjustments: [adjustment] })
    expect(page.get('[data-testid=adjustment-open]').text()).toContain('活动中心修缮停用')
    expect(page.find('[data-testid=adjustment-approve]').exists()).toBe(false)
    expect(writeControls()).toEqual([])
  })
})
