import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ApiProblem } from '@/api/http'
import { form, returnStep, ROUND_ID, submitStep, submitted } from '@/testing/monitoringAnswers'
import { BLANK, inDialog as dialog, mountPage, unmountPages } from '@/testing/mountPage'
import { writeControls } from '@/testing/writeControls'
import MonitoringReviewPage from './MonitoringReviewPage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn() }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers))

const FORM_URL = `/api/projects/P1/monitoring/${ROUND_ID}`
async function open(roles: string[], answer: unknown = submitted()) {
  answers.get.clear()
  answers.get.set(FORM_URL, answer)
  return mountPage(MonitoringReviewPage, {
    roles, props: { roundId: ROUND_ID, projectId: 'P1' },
    routes: [{ path: '/district/monitoring/:roundId', name: 'monitoring-round', component: BLANK }],
  })
}

describe('the district’s review of a 绩效监控表', { timeout: 30_000 }, () => {
  beforeEach(() => {
    answers.post.mockReset()
  })
  afterEach(unmountPages)

  it('shows the form as submitted, with its explanations, the way back to the dashboard and to the project', async () => {
    const page = await open(['district-overseer'])
    expect(page.get('[data-testid=monitoring-state]').text()).toBe('已提交')
    expect(page.get('[data-testid=monitoring-spending]').text()).toContain('7月底前完成设备采购付款')
    expect(page.get('a.back').attributes('href')).toBe(`/district/monitoring/${ROUND_ID}`)
    expect(page.text()).toContain('打开项目')
    expect(page.find('[data-testid=monitoring-save]').exists()).toBe(false)
    expect(page.find('[data-testid=monitoring-submit]').exists()).toBe(false)
    expect(page.find('[data-testid=monitoring-indicators] input').exists()).toBe(false)
  })

  it('approves with the version read, the comment optional', async () => {
    answers.post.mockResolvedValue({ ...submitted(), version: 4, state: 'APPROVED', stateLabel: '审核通过',
      history: [submitStep, { ...submitStep, step: 'APPROVE', stepLabel: '审核通过', from: 'SUBMITTED', to: 'APPROVED', actor: 'panlong-overseer' }] })
    const page = await open(['district-overseer'])
    await page.get('[data-testid=monitoring-approve]').trigger('click')
    await flushPromises()
    dialog('[data-testid=monitoring-confirm]').click()
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith(`${FORM_URL}/approval`, { version: 3, comment: undefined })
    expect(page.get('[data-testid=monitoring-state]').text()).toBe('审核通过')
    expect(page.get('[data-testid=monitoring-approved]').text()).toContain('panlong-overseer')
    expect(page.find('[data-testid=monitoring-approve]').exists()).toBe(false)
  })

  it('returns only with a comment saying what to change', async () => {
    answers.post.mockResolvedValue({ ...submitted(), version: 4, state: 'RETURNED', stateLabel: '已退回', history: [submitStep, returnStep] })
    const page = await open(['district-overseer'])
    await page.get('[data-testid=monitoring-return]').trigger('click')
    await flushPromises()
    dialog('[data-testid=monitoring-confirm]').click()
    await flushPromises()
    expect(answers.post).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('退回须填写意见')
    const comment = document.body.querySelector<HTMLTextAreaElement>('textarea[data-testid=monitoring-comment]')!
    comment.value = returnStep.comment
    comment.dispatchEvent(new Event('input'))
    await flushPromises()
    dialog('[data-testid=monitoring-confirm]').click()
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith(`${FORM_URL}/return`, { version: 3, comment: returnStep.comment })
    expect(page.get('[data-testid=monitoring-state]').text()).toBe('已退回')
    expect(page.get('[data-testid=monitoring-returned]').text()).toContain(returnStep.comment)
  })

  it('reloads when the form moved since it was read (409)', async () => {
    answers.post.mockRejectedValue(new ApiProblem(409, { status: 409, title: '数据已被他人修改 / Changed meanwhile' }))
    const page = await open(['district-overseer'])
    await page.get('[data-testid=monitoring-approve]').trigger('click')
    await flushPromises()
    answers.get.set(FORM_URL, { ...submitted(), version: 5, state: 'APPROVED', stateLabel: '审核通过' })
    dialog('[data-testid=monitoring-confirm]').click()
    await flushPromises()
    expect(page.get('[data-testid=monitoring-state]').text()).toBe('审核通过')
  })

  it('offers no step on a form the street has not submitted', async () => {
    const page = await open(['district-overseer'], form())
    expect(page.get('[data-testid=monitoring-state]').text()).toBe('未填报')
    expect(writeControls()).toEqual([])
  })

  it('offers an auditor the form and its history, and no step', async () => {
    const page = await open(['auditor'])
    expect(page.findAll('[data-testid=monitoring-line]')).toHaveLength(3)
    expect(page.get('[data-testid=monitoring-history]').text()).toContain('jinchen-editor')
    expect(page.text()).toContain('只读')
    expect(writeControls()).toEqual([])
  })
})
