import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiProblem } from '@/api/http'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import { form, returnStep, round, ROUND_ID, submitStep, submitted } from '@/testing/monitoringAnswers'
import { writeControls } from '@/testing/writeControls'
import MonitoringPage from './MonitoringPage.vue'

/** project-service's answers by URL; the page talks to it only through the http module. */
const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), put: vi.fn(), post: vi.fn(), download: vi.fn() }))
vi.mock('@/api/http', async (original) => {
  const real = await original<typeof import('@/api/http')>()
  const get = async (url: string) => {
    if (!answers.get.has(url)) throw new real.ApiProblem(404, { title: '未找到 / Not found' })
    return structuredClone(answers.get.get(url))
  }
  return { ...real, http: { get, put: answers.put, post: answers.post }, download: answers.download }
})
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessageBox: { confirm: vi.fn().mockResolvedValue('confirm') },
}))

const FORM_URL = `/api/projects/P1/monitoring/${ROUND_ID}`
let mounted: { unmount(): void } | undefined

async function open(roles: string[], answer: unknown = form(), rounds: unknown[] = [round()]) {
  setActivePinia(createPinia())
  answers.get.clear()
  answers.get.set('/api/monitoring/rounds', rounds)
  answers.get.set(FORM_URL, answer)
  useProject().project = { id: 'P1', code: '530103-2023-MZTJ-001', name: '示范项目', year: 2023, details: { name: '示范项目' } } as never
  useSession().me = { username: 'u', roles }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: MonitoringPage }] })
  await router.push('/projects/P1/monitoring')
  const page = mount({ template: '<router-view />' }, { global: { plugins: [router] }, attachTo: document.body })
  mounted = page
  for (let i = 0; i < 4; i++) await flushPromises()
  return { page, router }
}

/** an Element input's own input or textarea, which carries the attributes given to el-input */
const input = (page: ReturnType<typeof mount>, scope: string, attribute: string) =>
  page.get(`${scope} input${attribute}, ${scope} textarea${attribute}`)

describe('绩效监控 tab', { timeout: 30_000 }, () => {
  beforeEach(() => {
    answers.put.mockReset()
    answers.post.mockReset()
  })
  afterEach(() => {
    mounted?.unmount()
    mounted = undefined
    document.body.innerHTML = ''
  })

  it('lists the district’s rounds of the project’s year with this project’s status, and opens the first one’s form', async () => {
    const other = { ...round(), id: 'r-2022', name: '2022年年中绩效监控', year: 2022 }
    const { page, router } = await open(['street-editor'], { ...form(), overdue: true }, [round(), other])
    const rows = page.findAll('[data-testid=monitoring-round]')
    expect(rows.map((r) => r.attributes('data-round-id'))).toEqual([ROUND_ID])
    expect(rows[0].text()).toContain('2023年6月30日')
    expect(page.get('[data-testid=monitoring-round-status]').text()).toBe('逾期未提交')
    expect(router.currentRoute.value.query.round).toBe(ROUND_ID)
    expect(page.get('[data-testid=monitoring-state]').text()).toBe('未填报')
    expect(page.find('[data-testid=monitoring-overdue]').exists()).toBe(true)
  })

  it('offers the last submitted form as report-service renders it, DOCX and XLSX, once there is one', async () => {
    const before = await open(['street-editor'])
    expect(before.page.find('[data-testid=monitoring-docx]').exists()).toBe(false)
    before.page.unmount()
    document.body.innerHTML = ''

    const { page } = await open(['auditor'], submitted())
    await page.get('[data-testid=monitoring-xlsx]').trigger('click')
    expect(answers.download).toHaveBeenCalledWith(`/api/reports/P1/monitoring/${ROUND_ID}/xlsx`, expect.stringMatching(/绩效运行监控表\.xlsx$/))
    expect(page.get('[data-testid=monitoring-docx]').text()).toContain('下载')
  })

  it('says so when the district has opened no round for the year', async () => {
    const { page } = await open(['street-editor'], form(), [])
    expect(page.get('[data-testid=monitoring-no-rounds]').text()).toContain('尚未下达 2023 年度的绩效运行监控')
  })

  it('shows the spending block with its light as a tag saying 红, and the note that the plan is linear', async () => {
    const { page } = await open(['street-editor'])
    const spending = page.get('[data-testid=monitoring-spending]')
    expect(spending.get('[data-testid=spending-budget]').text()).toBe('2,000,000.00')
    expect(spending.get('[data-testid=spending-executed]').text()).toBe('600,000.00')
    expect(spending.get('[data-testid=spending-rate]').text()).toBe('30.00%')
    expect(spending.get('[data-testid=spending-planned]').text()).toBe('50.00%')
    expect(spending.get('[data-testid=spending-light]').text()).toBe('红')
    expect(spending.get('[data-testid=spending-plan-note]').text()).toContain('按全年均衡支出计算（6÷12）')
    const lights = page.findAll('[data-testid=monitoring-line]').map((l) => [l.attributes('data-indicator-id'), l.get('[data-testid=line-light]').text()])
    expect(lights).toEqual([['jc-activities', '红'], ['jc-theme-parks', '黄'], ['jc-residents', '绿']])
  })

  it('asks the editor for 偏差原因 and 纠偏措施 on red and yellow lines only, marked as required', async () => {
    const { page } = await open(['street-editor'])
    const [red, yellow, green] = page.findAll('[data-testid=monitoring-line]')
    expect(red.find('textarea[data-field=cause]').attributes('aria-required')).toBe('true')
    expect(red.text()).toContain('必填')
    expect(yellow.find('textarea[data-field=measure]').exists()).toBe(true)
    expect(green.find('[data-field=cause]').exists()).toBe(false)
    expect(green.find('input[data-field=expected]').exists()).toBe(true)
    expect(page.findAll('[data-testid=monitoring-missing-item]')).toHaveLength(6)
  })

  it('saves the whole form with the version read and shows the lights judged anew', async () => {
    const saved = form()
    saved.version = 1
    saved.state = 'FILLED'
    saved.stateLabel = '填报中'
    saved.lines.indicators[1] = { ...saved.lines.indicators[1], progress: '1个', expected: '3个', light: 'GREEN', lightLabel: '绿灯' }
    answers.put.mockResolvedValue(saved)
    const { page } = await open(['street-editor'])
    await input(page, '[data-indicator-id=jc-theme-parks]', '[data-field=progress]').setValue('1个')
    await input(page, '[data-indicator-id=jc-theme-parks]', '[data-field=expected]').setValue('3个')
    await input(page, '[data-testid=monitoring-spending]', '[data-testid=spending-cause]').setValue('设备采购合同7月签订')
    await page.get('[data-testid=monitoring-save]').trigger('click')
    await flushPromises()
    expect(answers.put).toHaveBeenCalledWith(FORM_URL, {
      version: null,
      spending: { cause: '设备采购合同7月签订', measure: null },
      indicators: [
        { indicatorId: 'jc-activities', progress: '3次', expected: '8次', cause: null, measure: null },
        { indicatorId: 'jc-theme-parks', progress: '1个', expected: '3个', cause: null, measure: null },
        { indicatorId: 'jc-residents', progress: '92%', expected: '92%', cause: null, measure: null },
      ],
    })
    expect(page.get('[data-testid=monitoring-state]').text()).toBe('填报中')
    expect(page.get('[data-indicator-id=jc-theme-parks] [data-testid=line-light]').text()).toBe('绿')
  })

  it('reloads the form when someone saved it meanwhile (409)', async () => {
    answers.put.mockRejectedValue(new ApiProblem(409, { status: 409, title: '数据已被他人修改 / Changed meanwhile' }))
    const { page } = await open(['street-editor'])
    const moved = form()
    moved.version = 2
    moved.state = 'FILLED'
    moved.stateLabel = '填报中'
    answers.get.set(FORM_URL, moved)
    await page.get('[data-testid=monitoring-save]').trigger('click')
    await flushPromises()
    expect(page.get('[data-testid=monitoring-state]').text()).toBe('填报中')
  })

  it('lists every missing explanation when the service refuses the submission (422)', async () => {
    const missing = form().missing.slice(0, 2)
    answers.post.mockRejectedValue(new ApiProblem(422, {
      status: 422, code: 'monitoring-deviations-unexplained',
      title: '红灯、黄灯行须说明偏差原因和纠偏措施后才能提交 / Red and yellow lines need their cause and corrective measure before submitting',
      missing,
    }))
    const { page } = await open(['street-approver'])
    await page.get('[data-testid=monitoring-submit]').trigger('click')
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith(`${FORM_URL}/submission`, { version: null })
    expect(page.get('[data-testid=monitoring-refusal]').text()).toContain('红灯、黄灯行须说明偏差原因和纠偏措施后才能提交')
    const items = page.findAll('[data-testid=monitoring-missing-item]')
    expect(items.map((i) => i.text())).toEqual(['“支出进度”为红灯，须填写偏差原因', '“支出进度”为红灯，须填写纠偏措施'])
  })

  it('offers the approver 提交 but no input: filling is the editor’s', async () => {
    const { page } = await open(['street-approver'])
    expect(page.find('[data-testid=monitoring-submit]').exists()).toBe(true)
    expect(page.find('[data-testid=monitoring-save]').exists()).toBe(false)
    expect(page.find('[data-testid=monitoring-indicators] input').exists()).toBe(false)
  })

  it('saves what the editor wrote before submitting it, then shows it submitted and the history', async () => {
    const saved = { ...form(), version: 1, state: 'FILLED', stateLabel: '填报中' }
    answers.put.mockResolvedValue(saved)
    answers.post.mockResolvedValue(submitted())
    const { page } = await open(['street-editor'])
    await input(page, '[data-testid=monitoring-spending]', '[data-testid=spending-measure]').setValue('7月底前完成付款')
    await page.get('[data-testid=monitoring-submit]').trigger('click')
    await flushPromises()
    expect(answers.put).toHaveBeenCalledTimes(1)
    expect(answers.post).toHaveBeenCalledWith(`${FORM_URL}/submission`, { version: 1 })
    expect(page.get('[data-testid=monitoring-state]').text()).toBe('已提交')
    expect(page.find('[data-testid=monitoring-save]').exists()).toBe(false)
    expect(page.get('[data-testid=monitoring-history]').text()).toContain('jinchen-editor')
    expect(page.get('[data-testid=monitoring-round-status]').text()).toBe('已提交')
  })

  it('shows the district’s return comment, and lets the street change and submit again', async () => {
    const back = submitted()
    back.version = 4
    back.state = 'RETURNED'
    back.stateLabel = '已退回'
    back.history = [submitStep, returnStep]
    const { page } = await open(['street-editor'], back)
    expect(page.get('[data-testid=monitoring-returned]').text()).toContain('支出进度偏差原因请写明合同签订和付款时间')
    expect(page.find('[data-testid=monitoring-save]').exists()).toBe(true)
    expect(page.find('[data-testid=monitoring-submit]').exists()).toBe(true)
    expect(page.findAll('[data-testid=monitoring-history-step]').map((s) => s.attributes('data-step'))).toEqual(['SUBMIT', 'RETURN'])
  })

  it('shows an auditor everything read-only, the explanations as text', async () => {
    const { page } = await open(['auditor', 'street-editor'], submitted())
    expect(page.get('[data-testid=monitoring-spending]').text()).toContain('设备采购合同7月签订，款项尚未支付')
    expect(page.findAll('[data-testid=monitoring-line]')).toHaveLength(3)
    expect(writeControls()).toEqual([])
  })

  it('gives an auditor no write on a form still being filled either', async () => {
    await open(['auditor'])
    expect(writeControls()).toEqual([])
  })

  it('takes the district’s overseer to the review, without a step on the street’s tab', async () => {
    const { page } = await open(['district-overseer'], submitted())
    expect(page.get('[data-testid=monitoring-go-review]').attributes('href')).toBe(`/district/monitoring/${ROUND_ID}/projects/P1`)
    expect(writeControls()).toEqual([])
  })
})
