import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { STREET_NAMES_URL, streetNames } from '@/testing/fakeHttp'
import { dashboard, ROUND_ID } from '@/testing/monitoringAnswers'
import { BLANK, mountPage, unmountPages } from '@/testing/mountPage'
import { writeControls } from '@/testing/writeControls'
import MonitoringRoundPage from './MonitoringRoundPage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>() }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers))

async function open(roles: string[], roundId = ROUND_ID) {
  answers.get.clear()
  answers.get.set(`/api/monitoring/rounds/${ROUND_ID}`, dashboard())
  // the names of the streets, as the page asks the directory for them
  answers.get.set(STREET_NAMES_URL, streetNames({ 'jixiao:panlong:jinchen': '金辰街道', 'jixiao:panlong:longquan': '龙泉街道' }))
  return mountPage(MonitoringRoundPage, {
    roles, props: { roundId },
    routes: [{ path: '/district/monitoring/:roundId/projects/:projectId', name: 'monitoring-form', component: BLANK }],
  })
}

describe('a monitoring round’s dashboard', { timeout: 30_000 }, () => {
  afterEach(unmountPages)

  it('totals the projects by status and the red and yellow lines', async () => {
    const page = await open(['district-overseer'])
    expect(page.text()).toContain('2023年年中绩效监控')
    expect(page.get('[data-testid=round-past-due]').text()).toBe('已过填报截止日期')
    expect(page.get('[data-testid=round-total]').text()).toBe('3')
    const counts = Object.fromEntries(page.findAll('[data-testid=round-count]').map((c) => [c.attributes('data-status'), c.text()]))
    expect(counts.OVERDUE).toBe('逾期未提交1')
    expect(counts.SUBMITTED).toBe('已提交1')
    expect(counts.NOT_STARTED).toBe('未填报0')
    expect(page.get('[data-testid=round-red]').text()).toBe('3')
    expect(page.get('[data-testid=round-yellow]').text()).toBe('1')
  })

  it('lists every project with its street, code, name, status and lights, the overdue first and highlighted', async () => {
    const page = await open(['district-overseer'])
    const rows = page.findAll('[data-testid=round-project]')
    expect(rows.map((r) => r.attributes('data-status'))).toEqual(['OVERDUE', 'SUBMITTED', 'APPROVED'])
    expect(rows[0].classes()).toContain('overdue')
    expect(rows[0].get('[data-testid=round-project-status]').text()).toBe('逾期未提交')
    expect(rows[1].text()).toContain('金辰街道')
    expect(rows[1].text()).toContain('530103-2023-MZTJ-001')
    expect(rows[1].text()).toContain('创建全省民族团结进步示范街道专项资金')
    expect(rows[2].text()).toContain('龙泉街道')
    expect(rows[1].get('[data-testid=round-project-open]').attributes('href')).toBe(`/district/monitoring/${ROUND_ID}/projects/P1`)
    expect(rows[1].get('[data-testid=round-project-open]').text()).toBe('审核绩效监控表')
  })

  it('narrows the table to a status', async () => {
    const page = await open(['district-overseer'])
    page.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'OVERDUE')
    await flushPromises()
    expect(page.findAll('[data-testid=round-project]').map((r) => r.attributes('data-project-code'))).toEqual(['530103-2023-MZTJ-003'])
  })

  it('says a round not found or not the caller’s', async () => {
    const page = await open(['district-overseer'], 'other')
    expect(page.text()).toContain('监控批次不存在或无权查看')
  })

  it('shows an auditor the same, to read', async () => {
    const page = await open(['auditor'])
    expect(page.findAll('[data-testid=round-project]')).toHaveLength(3)
    expect(page.get('[data-testid=round-project-open]').text()).toBe('查看绩效监控表')
    expect(writeControls()).toEqual([])
  })
})
