import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { ApiProblem } from '@/api/http'
import { monthEnd } from '@/api/monitoring'
import { round, ROUND_ID } from '@/testing/monitoringAnswers'
import { BLANK, inDialog, mountPage, unmountPages } from '@/testing/mountPage'
import { writeControls } from '@/testing/writeControls'
import MonitoringRoundsPage from './MonitoringRoundsPage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn() }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers))

async function open(roles: string[]) {
  answers.get.clear()
  answers.get.set('/api/monitoring/rounds', [round()])
  return mountPage(MonitoringRoundsPage, {
    roles, routes: [{ path: '/district/monitoring/:roundId', name: 'monitoring-round', component: BLANK }],
  })
}

async function fill(page: VueWrapper, values: { name?: string; month?: string; due?: string }) {
  const name = inDialog('input[data-testid=round-name]') as HTMLInputElement
  if (values.name !== undefined) {
    name.value = values.name
    name.dispatchEvent(new Event('input'))
  }
  const [month, due] = page.findAllComponents({ name: 'ElDatePicker' })
  if (values.month) month.vm.$emit('update:modelValue', values.month)
  if (values.due) due.vm.$emit('update:modelValue', values.due)
  await flushPromises()
}

describe('绩效监控: the district’s rounds', { timeout: 30_000 }, () => {
  beforeEach(() => {
    // a function returned here would be called as the test's cleanup
    answers.post.mockReset()
  })
  afterEach(unmountPages)

  it('lists the rounds with their dates and margin, each opening its dashboard', async () => {
    const page = await open(['district-overseer'])
    const row = page.get('[data-testid=monitoring-round]')
    expect(row.text()).toContain('2023年年中绩效监控')
    expect(row.text()).toContain('2023年6月30日')
    expect(row.text()).toContain('2023年7月31日')
    expect(row.text()).toContain('10 个百分点')
    expect(row.get('[data-testid=monitoring-round-open]').attributes('href')).toBe(`/district/monitoring/${ROUND_ID}`)
  })

  it('opens a round: the figures at the chosen month’s end, the margin 10 unless changed', async () => {
    const opened = { ...round(), id: 'r-2023-q3', name: '2023年三季度绩效监控', asOf: '2023-09-30', dueDate: '2023-10-31' }
    answers.post.mockResolvedValue(opened)
    const page = await open(['district-overseer'])
    await page.get('[data-testid=monitoring-open-round]').trigger('click')
    await flushPromises()
    expect((inDialog('[data-testid=round-margin] input') as HTMLInputElement).value).toBe('10')
    await fill(page, { name: '2023年三季度绩效监控', month: '2023-09', due: '2023-10-31' })
    expect(inDialog('[data-testid=round-as-of-day]').textContent).toContain('2023年9月30日')
    inDialog('[data-testid=round-confirm]').click()
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith('/api/monitoring/rounds', {
      name: '2023年三季度绩效监控', asOf: '2023-09-30', dueDate: '2023-10-31', marginPoints: 10,
    })
    expect(page.findAll('[data-testid=monitoring-round]').map((r) => r.attributes('data-round-id'))).toEqual(['r-2023-q3', ROUND_ID])
  })

  it('asks for every field before sending, and a due date not before the figures’ date', async () => {
    const page = await open(['district-overseer'])
    await page.get('[data-testid=monitoring-open-round]').trigger('click')
    await flushPromises()
    inDialog('[data-testid=round-confirm]').click()
    await flushPromises()
    expect(answers.post).not.toHaveBeenCalled()
    const text = document.body.textContent ?? ''
    for (const message of ['请填写批次名称', '请选择数据截至月份', '请选择填报截止日期']) expect(text).toContain(message)
    await fill(page, { name: '年中监控', month: '2023-06', due: '2023-06-15' })
    expect(document.body.textContent).toContain('填报截止日期不能早于数据截至日期')
    expect(answers.post).not.toHaveBeenCalled()
  })

  it('shows the service’s refusal in Chinese and keeps the dialog open', async () => {
    const refused = new ApiProblem(400, {
      status: 400, code: 'as-of-not-month-end', title: '数据截止日期须为月末 / As of must be a month end',
    })
    answers.post.mockRejectedValue(refused)
    const page = await open(['district-overseer'])
    await page.get('[data-testid=monitoring-open-round]').trigger('click')
    await flushPromises()
    await fill(page, { name: '年中监控', month: '2023-06', due: '2023-07-31' })
    inDialog('[data-testid=round-confirm]').click()
    await flushPromises()
    expect(inDialog('[data-testid=round-refusal]').textContent).toContain('未能下达：数据截止日期须为月末')
    expect(inDialog('[data-testid=round-confirm]')).not.toBeNull()
  })

  it('offers an auditor the list to read and no 发起监控', async () => {
    const page = await open(['auditor'])
    expect(page.findAll('[data-testid=monitoring-round]')).toHaveLength(1)
    expect(page.find('[data-testid=monitoring-open-round]').exists()).toBe(false)
    expect(page.text()).toContain('只读')
    expect(writeControls()).toEqual([])
  })
})

describe('monthEnd', () => {
  it('gives the last day of the month, February in a leap year included', () => {
    expect(monthEnd('2023-06')).toBe('2023-06-30')
    expect(monthEnd('2024-02')).toBe('2024-02-29')
    expect(monthEnd('2023-12')).toBe('2023-12-31')
  })
})
