import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ApiProblem } from '@/api/http'
import { BLANK, inDialog, mountPage, unmountPages } from '@/testing/mountPage'
import { STREET_NAMES_URL, streetNames } from '@/testing/fakeHttp'
import { DUPLICATE_KEY, PROJECT_ID, projectFlags, SPLIT_KEY, splitFlag } from '@/testing/redFlagAnswers'
import { writeControls } from '@/testing/writeControls'
import ProjectRedFlagsPage from './ProjectRedFlagsPage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn(), requested: [] as string[] }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers))

const URL = `/api/projects/${PROJECT_ID}/red-flags`

async function open(roles: string[]) {
  answers.get.clear()
  answers.requested.splice(0)
  answers.get.set(STREET_NAMES_URL, streetNames({ 'jixiao:panlong:jinchen': '金辰街道' }))
  answers.get.set(URL, projectFlags())
  return mountPage(ProjectRedFlagsPage, {
    roles, props: { projectId: PROJECT_ID },
    routes: [{ path: '/district/red-flags', name: 'red-flags', component: BLANK }],
  })
}

const card = (key: string) => document.querySelector<HTMLElement>(`[data-flag-key="${key}"]`)!

describe('审计线索: a project’s flags', { timeout: 30_000 }, () => {
  beforeEach(() => {
    answers.post.mockReset()
  })
  afterEach(unmountPages)

  it('shows each flag with its rule, threshold, finding and the ledger rows behind it, the open ones first', async () => {
    const page = await open(['district-overseer'])
    expect(page.findAll('[data-testid=red-flag]').map((flag) => flag.attributes('data-flag-key'))).toEqual([SPLIT_KEY, DUPLICATE_KEY])
    const split = card(SPLIT_KEY)
    expect(split.textContent).toContain('拆分支付规避采购限额')
    expect(split.textContent).toContain('待处理')
    expect(split.textContent).toContain('规则与阈值：同一收款人 30 天内 2 笔及以上支付')
    const rows = split.querySelector('[data-testid=red-flag-rows]')!.textContent
    expect(rows).toContain('记-01')
    expect(rows).toContain('950,000.00')
    expect(rows).toContain('980,000.00')
    expect(page.get('[data-testid=red-flag-project]').text()).toContain('金辰街道')
  })

  it('shows a dismissal with who decided and why, and offers it nothing more', async () => {
    await open(['district-overseer'])
    const duplicate = card(DUPLICATE_KEY)
    expect(duplicate.querySelector('[data-testid=red-flag-decision]')!.textContent).toContain('panlong-overseer')
    expect(duplicate.textContent).toContain('排除，理由：两张发票号码不同，已核对原始凭证')
    expect(duplicate.querySelector('[data-testid=red-flag-dismiss]')).toBeNull()
    expect(duplicate.querySelector('[data-testid=red-flag-rectify]')).toBeNull()
  })

  it('dismisses only with a reason, and reads the flags again', async () => {
    answers.post.mockResolvedValue({ ...splitFlag(), status: 'DISMISSED' })
    const page = await open(['district-overseer'])
    await page.get(`[data-flag-key="${SPLIT_KEY}"] [data-testid=red-flag-dismiss]`).trigger('click')
    await flushPromises()
    inDialog('[data-testid=red-flag-dismiss-confirm]').click()
    await flushPromises()
    expect(answers.post).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('请填写排除理由')
    const reason = (inDialog('textarea[data-testid=red-flag-reason]') ?? inDialog('[data-testid=red-flag-reason] textarea')) as HTMLTextAreaElement
    reason.value = ' 两期工程分别招标，合同已核对 '
    reason.dispatchEvent(new Event('input'))
    await flushPromises()
    inDialog('[data-testid=red-flag-dismiss-confirm]').click()
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith(`${URL}/${SPLIT_KEY}/dismissal`, { reason: '两期工程分别招标，合同已核对' })
    expect(answers.requested.filter((url) => url === URL)).toHaveLength(2)
  })

  it('turns a flag into a 整改 item, and says a refusal', async () => {
    answers.post.mockResolvedValueOnce({ ...splitFlag(), status: 'RECTIFICATION' })
    const page = await open(['district-overseer'])
    await page.get(`[data-flag-key="${SPLIT_KEY}"] [data-testid=red-flag-rectify]`).trigger('click')
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith(`${URL}/${SPLIT_KEY}/rectification`, {})
    answers.post.mockRejectedValueOnce(new ApiProblem(409, { title: '该审计线索已处理 / Red flag already decided', detail: '该审计线索已处理为「已排除」，不能再次处理 / decided' }))
    await page.get(`[data-flag-key="${SPLIT_KEY}"] [data-testid=red-flag-rectify]`).trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('不能再次处理')
  })

  it('offers an auditor no write at all', async () => {
    await open(['auditor'])
    expect(card(SPLIT_KEY)).not.toBeNull()
    expect(writeControls()).toEqual([])
  })
})
