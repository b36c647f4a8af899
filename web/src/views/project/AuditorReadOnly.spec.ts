import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Component } from 'vue'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import { answerOf, seedEvaluation, seedProject } from '@/testing/seedAnswers'
import { monitoringAnswer } from '@/testing/monitoringAnswers'
import { rectificationAnswer } from '@/testing/rectificationAnswers'
import { writeControls } from '@/testing/writeControls'
import ProjectDetailsPage from './ProjectDetailsPage.vue'
import BudgetPage from './BudgetPage.vue'
import LedgerPage from './LedgerPage.vue'
import IndicatorsPage from './IndicatorsPage.vue'
import TargetsPage from './TargetsPage.vue'
import MonitoringPage from './MonitoringPage.vue'
import RectificationPage from './RectificationPage.vue'
import EvidencePage from './EvidencePage.vue'
import SurveyPage from './SurveyPage.vue'
import SelfEvaluationPage from './SelfEvaluationPage.vue'
import ReportPage from './ReportPage.vue'
import AuditTrailPage from './AuditTrailPage.vue'
import ProjectListPage from '@/views/projects/ProjectListPage.vue'

const api = vi.hoisted(() => ({ get: vi.fn(), put: vi.fn(), post: vi.fn() }))
vi.mock('@/api/http', async (original) => ({
  ...(await original<typeof import('@/api/http')>()),
  http: { get: api.get, put: api.put, post: api.post },
}))

const pages: Array<[string, Component]> = [
  ['项目概况', ProjectDetailsPage],
  ['预算', BudgetPage],
  ['支出明细', LedgerPage],
  ['绩效指标', IndicatorsPage],
  ['绩效目标', TargetsPage],
  ['绩效监控', MonitoringPage],
  ['整改', RectificationPage],
  ['佐证材料', EvidencePage],
  ['满意度调查', SurveyPage],
  ['自评', SelfEvaluationPage],
  ['报告', ReportPage],
  ['审计轨迹', AuditTrailPage],
  ['项目列表', ProjectListPage],
]

async function open(page: Component, roles: string[]) {
  useSession().me = { username: 'panlong-someone', roles }
  const store = useProject()
  store.project = seedProject() as never
  store.evaluation = seedEvaluation() as never
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: page },
      { path: '/:rest(.*)*', component: { template: '<div />' } },
    ],
  })
  await router.push('/')
  const mounted = mount(page, { global: { plugins: [router] }, attachTo: document.body })
  // the pages ask for more after the first answers (score, template, tree)
  for (let i = 0; i < 4; i++) await flushPromises()
  return mounted
}

describe('an auditor is offered no write anywhere in a project (v-if, not :disabled)', { timeout: 60_000 }, () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    // the seed project's monitoring round (a form not yet filled) beside what the shared stack answered
    api.get.mockReset().mockImplementation(async (url: string) => monitoringAnswer(url) ?? rectificationAnswer(url) ?? answerOf(url))
    api.put.mockReset()
    api.post.mockReset()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it.each(pages)('%s shows the seed project to panlong-auditor with read controls only', async (_, page) => {
    const mounted = await open(page, ['auditor'])
    expect(mounted.text().length).toBeGreaterThan(20)
    expect(writeControls()).toEqual([])
    mounted.unmount()
  })

  it.each(pages)('%s is read-only for the district overseer too, but for rendering a report and deciding 整改', async (title, page) => {
    const mounted = await open(page, ['district-overseer'])
    const overseersOwn = (c: string) => c.includes('存档草稿版本') || c.includes('生成正式报告')
      || (title === '整改' && /录入整改事项|确认整改|退回/.test(c))
    expect(writeControls().filter((c) => !overseersOwn(c))).toEqual([])
    mounted.unmount()
  })

  it('an auditor is offered neither rendering nor a report text to edit; the texts read as prose', async () => {
    const mounted = await open(ReportPage, ['auditor'])
    expect(mounted.text()).not.toContain('存档草稿版本')
    expect(mounted.find('textarea').exists()).toBe(false)
    mounted.unmount()
  })

  it('审计轨迹 lists the seed project’s changes and its workflow steps, one entry each', async () => {
    const mounted = await open(AuditTrailPage, ['auditor'])
    const trail = mounted.get('[data-testid=audit-trail]')
    const expected = (answerOf('/api/projects/P1/audit') as unknown[]).length + 1
    expect(trail.findAll('[data-testid=audit-entry]')).toHaveLength(expected)
    expect(trail.text()).toContain('登记项目')
    expect(trail.text()).toContain('2,000,000.00 元')
    expect(trail.find('[role=search]').exists()).toBe(true)
    mounted.unmount()
  })

  it('a withdrawn evidence item is shown on request through a filter (role=search), never a withdraw button', async () => {
    api.get.mockImplementation(async (url: string) => {
      const answer = answerOf(url)
      if (url === '/api/projects/P1/evidence') {
        const items = answer as Array<Record<string, unknown>>
        items[0] = { ...items[0], number: null, withdrawal: { reason: '上传错了', withdrawnBy: 'jinchen-editor', withdrawnAt: '2026-12-07T05:00:00Z' } }
      }
      return answer
    })
    const mounted = await open(EvidencePage, ['auditor'])
    expect(mounted.text()).toContain('显示已撤回的 1 项')
    expect(writeControls()).toEqual([])
    mounted.unmount()
  })

  it('the overseer goes from 自评 to the review of a submitted round; an auditor is not offered it', async () => {
    api.get.mockImplementation(async (url: string) => {
      const answer = answerOf(url)
      if (url === '/api/evaluations/E1') (answer as Record<string, unknown>).status = 'SUBMITTED'
      return answer
    })
    const overseer = await open(SelfEvaluationPage, ['district-overseer'])
    expect(overseer.get('[data-testid=go-review]').attributes('href')).toBe('/district/reviews/E1')
    overseer.unmount()
    const auditor = await open(SelfEvaluationPage, ['auditor'])
    expect(auditor.find('[data-testid=go-review]').exists()).toBe(false)
    auditor.unmount()
  })
})
