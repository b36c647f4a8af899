import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiProblem } from '@/api/http'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import { writeControls } from '@/testing/writeControls'
import TargetsPage from './TargetsPage.vue'

/** project-service's answers by URL; the page talks to it only through the http module. */
const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn(), download: vi.fn() }))
vi.mock('@/api/http', async (original) => {
  const real = await original<typeof import('@/api/http')>()
  const get = async (url: string) => {
    if (!answers.get.has(url)) throw new real.ApiProblem(404, { title: '未找到 / Not found' })
    return structuredClone(answers.get.get(url))
  }
  return { ...real, http: { get, post: answers.post }, download: answers.download }
})
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessageBox: { confirm: vi.fn().mockResolvedValue('confirm') },
}))

const vague = {
  code: 'vague-target', indicatorId: 'jc-atmosphere', indicator: '铸牢中华民族共同体意识氛围', dimension: 'SOCIAL_BENEFIT', field: 'target',
  message: '“铸牢中华民族共同体意识氛围”（社会效益指标）：年度指标值“有效提升”表述模糊', messageEn: 'vague',
}
const noWeight = {
  code: 'weight-missing', indicatorId: 'jc-activities', indicator: '开展主题活动次数', dimension: 'QUANTITY', field: 'weight',
  message: '“开展主题活动次数”（数量指标）：未填写分值', messageEn: 'no weight',
}
const draft = (findings: unknown[] = []) => ({
  projectId: 'p1', version: 4, revision: 3, state: 'DRAFT', stateLabel: '草稿', locked: false,
  submittable: findings.length === 0, findings, history: [],
})
const submitStep = { step: 'SUBMIT', stepLabel: '提交', from: 'DRAFT', to: 'SUBMITTED', toLabel: '已提交', actor: 'jinchen-editor', at: '2026-12-07T02:00:00Z', comment: null, revision: 3 }
const returnStep = { step: 'RETURN', stepLabel: '退回', from: 'SUBMITTED', to: 'RETURNED', toLabel: '已退回', actor: 'panlong-overseer', at: '2026-12-07T03:00:00Z', comment: '满意度指标请改为 ≥90%', revision: 3 }
const approveStep = { step: 'APPROVE', stepLabel: '批复', from: 'SUBMITTED', to: 'APPROVED', toLabel: '已批复', actor: 'panlong-overseer', at: '2026-12-07T04:00:00Z', comment: null, revision: 3 }

let mounted: { unmount(): void } | undefined

async function open(roles: string[], targets: unknown) {
  setActivePinia(createPinia())
  answers.get.clear()
  answers.get.set('/api/projects/p1/targets', targets)
  useProject().project = { id: 'p1', code: 'C', name: '示范项目', year: 2023, details: { name: '示范项目' } } as never
  useSession().me = { username: 'u', roles }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  const page = mount(TargetsPage, { global: { plugins: [router] }, attachTo: document.body })
  mounted = page
  await flushPromises()
  return page
}

describe('绩效目标 page', { timeout: 30_000 }, () => {
  beforeEach(() => {
    answers.post.mockReset()
  })
  afterEach(() => {
    mounted?.unmount()
    mounted = undefined
    document.body.innerHTML = ''
  })

  it('shows the state as a tag and every finding linked to its indicator and field in the editor', async () => {
    const page = await open(['street-editor'], draft([noWeight, vague]))
    expect(page.get('[data-testid=targets-state]').text()).toBe('草稿')
    const findings = page.findAll('[data-testid=targets-finding]')
    expect(findings).toHaveLength(2)
    expect(findings[0].text()).toContain('分值')
    expect(findings[1].text()).toContain('表述模糊')
    expect(findings[1].get('[data-testid=targets-finding-fix]').attributes('href'))
      .toBe('/projects/p1/indicators?field=target&indicator=jc-atmosphere')
  })

  it('offers 提交审核 to the editor, disabled with the reason while findings exist', async () => {
    const page = await open(['street-editor'], draft([vague]))
    expect(page.get('[data-testid=targets-submit]').attributes('disabled')).toBeDefined()
    expect(page.get('[data-testid=targets-blocked]').text()).toBe('尚有 1 处问题，按下方列表修改后才能提交')
  })

  it('submits a tree that passes with the version read, and shows it submitted and locked', async () => {
    answers.post.mockResolvedValue({ ...draft(), version: 5, state: 'SUBMITTED', stateLabel: '已提交', locked: true, submittable: false, history: [submitStep] })
    const page = await open(['street-approver'], draft())
    expect(page.find('[data-testid=targets-checks-passed]').exists()).toBe(true)
    await page.get('[data-testid=targets-submit]').trigger('click')
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith('/api/projects/p1/targets/submission', { version: 4 })
    expect(page.get('[data-testid=targets-state]').text()).toBe('已提交')
    expect(page.text()).toContain('等待区财政审核')
    expect(page.find('[data-testid=targets-submit]').exists()).toBe(false)
    expect(page.get('[data-testid=targets-history]').text()).toContain('jinchen-editor')
  })

  it('lists what the service found when it refuses the submission (422)', async () => {
    const refused = new ApiProblem(422, {
      status: 422, code: 'targets-incomplete', title: '绩效目标尚有问题，不能提交 / Targets not ready, cannot be submitted',
      findings: [vague],
    })
    answers.post.mockImplementation(async () => { throw refused })
    const page = await open(['street-editor'], draft())
    await page.get('[data-testid=targets-submit]').trigger('click')
    await flushPromises()
    expect(page.get('[data-testid=targets-refusal]').text()).toContain('绩效目标尚有问题，不能提交')
    expect(page.findAll('[data-testid=targets-finding]').map((f) => f.attributes('data-indicator-id'))).toEqual(['jc-atmosphere'])
  })

  it('shows the district’s return comment to the street, and lets it submit again', async () => {
    const page = await open(['street-editor'], { ...draft(), state: 'RETURNED', stateLabel: '已退回', history: [submitStep, returnStep] })
    expect(page.get('[data-testid=targets-returned]').text()).toContain('满意度指标请改为 ≥90%')
    expect(page.get('[data-testid=targets-submit]').attributes('disabled')).toBeUndefined()
    const steps = page.findAll('[data-testid=targets-history-step]')
    expect(steps.map((s) => s.attributes('data-step'))).toEqual(['SUBMIT', 'RETURN'])
    expect(steps[1].text()).toContain('panlong-overseer')
  })

  it('says approved targets are locked and a change is a 目标调整', async () => {
    const page = await open(['street-editor'], { ...draft(), state: 'APPROVED', stateLabel: '已批复', locked: true, submittable: false, history: [submitStep, approveStep] })
    expect(page.get('[data-testid=targets-state]').text()).toBe('已批复')
    expect(page.text()).toContain('如需修改请提出目标调整')
    expect(page.find('[data-testid=targets-submit]').exists()).toBe(false)
  })

  it('offers an auditor everything to read and no write, nor links into the editor', async () => {
    const page = await open(['auditor', 'street-editor'], draft([vague]))
    expect(page.findAll('[data-testid=targets-finding]')).toHaveLength(1)
    expect(page.find('[data-testid=targets-finding-fix]').exists()).toBe(false)
    expect(writeControls()).toEqual([])
  })

  it('takes the district’s overseer from submitted targets to their review, without a submit', async () => {
    const page = await open(['district-overseer'], { ...draft(), state: 'SUBMITTED', stateLabel: '已提交', locked: true, submittable: false, history: [submitStep] })
    expect(page.get('[data-testid=targets-go-review]').attributes('href')).toBe('/district/targets/p1')
    expect(writeControls()).toEqual([])
  })

  it('lets the street ask for a 目标调整 of approved targets: the reason required, the whole tree as proposed', async () => {
    const approved = { ...draft(), state: 'APPROVED', stateLabel: '已批复', locked: true, submittable: false, history: [submitStep, approveStep], adjustable: true, adjustment: null, adjustments: [] }
    const page = await open(['street-editor'], approved)
    answers.get.set('/api/projects/p1/indicators', {
      projectId: 'p1', version: 4, revision: 3, completeness: {},
      categories: [{ category: 'OUTPUT', label: '产出指标', weight: 20, dimensions: [{ dimension: 'QUANTITY', label: '数量指标', weight: 20, indicators: [
        { id: 'jc-activities', name: '开展主题活动次数', target: { text: '≥10次' }, direction: null, weight: 20, dataSource: '台账', notApplicable: false, actual: null, missing: [] },
      ] }] }],
    })
    await page.get('[data-testid=targets-adjust]').trigger('click')
    await flushPromises()
    expect(page.find('[data-testid=adjustment-form]').exists()).toBe(true)
    await page.get('[data-testid=adjustment-submit]').trigger('click')
    await flushPromises()
    expect(answers.post).not.toHaveBeenCalled()
    expect(page.get('[data-testid=adjustment-form]').text()).toContain('请填写调整原因')

    const change = { kind: 'CHANGED', kindLabel: '修改', indicatorId: 'jc-activities', indicator: '开展主题活动次数', dimension: 'QUANTITY', fields: ['target'], nameBefore: null, targetBefore: '≥10次', targetAfter: '≥8次', weightBefore: 20, weightAfter: 20 }
    const open_ = { number: 1, status: 'OPEN', statusLabel: '待审核', reason: '活动中心修缮停用', requestedBy: 'jinchen-editor', requestedAt: '2026-12-07T05:00:00Z', revision: 3, decidedBy: null, decidedAt: null, comment: null, revisionBefore: null, revisionAfter: null, changes: [change], proposed: [] }
    answers.post.mockResolvedValue({ ...approved, version: 5, adjustable: false, adjustment: open_, adjustments: [open_] })
    await page.get('textarea[data-testid=adjustment-reason]').setValue('活动中心修缮停用')
    await page.get('#definition-jc-activities [data-field=target] input').setValue('≥8次')
    await page.get('[data-testid=adjustment-submit]').trigger('click')
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith('/api/projects/p1/targets/adjustments', {
      version: 4, reason: '活动中心修缮停用',
      indicators: [expect.objectContaining({ id: 'jc-activities', category: 'OUTPUT', dimension: 'QUANTITY', name: '开展主题活动次数', target: '≥8次' })],
    })
    expect(page.find('[data-testid=adjustment-form]').exists()).toBe(false)
    expect(page.get('[data-testid=adjustment-open]').text()).toContain('第 1 次目标调整申请待区财政审核')
    expect(page.get('[data-testid=adjustment-open] [data-testid=adjustment-change]').text()).toContain('≥8次')
    expect(page.find('[data-testid=targets-adjust]').exists()).toBe(false)
    expect(page.findAll('[data-testid=adjustment-record]')).toHaveLength(1)
  }, 60_000)

  it('offers an auditor no 目标调整 of approved targets', async () => {
    await open(['auditor'], { ...draft(), state: 'APPROVED', stateLabel: '已批复', locked: true, submittable: false, history: [submitStep, approveStep], adjustable: true, adjustment: null, adjustments: [] })
    expect(writeControls()).toEqual([])
  })

  it('downloads the 绩效目标表 as report-service renders it, for every reader', async () => {
    const page = await open(['auditor'], { ...draft(), state: 'APPROVED', stateLabel: '已批复', locked: true, submittable: false, history: [submitStep, approveStep] })
    await page.get('[data-testid=targets-pdf]').trigger('click')
    await flushPromises()
    expect(answers.download).toHaveBeenCalledWith('/api/reports/p1/targets/pdf', '示范项目绩效目标表.pdf')
    expect(writeControls()).toEqual([])
  })

  it('offers no file before the tree is defined', async () => {
    const page = await open(['street-editor'], { ...draft([{ ...vague, code: 'no-indicators', indicatorId: null, field: 'indicators' }]), version: null })
    expect(page.find('[data-testid=targets-docx]').exists()).toBe(false)
    expect(page.text()).toContain('尚未设定绩效指标')
  })
})
