import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { ApiProblem } from '@/api/http'
import { useProject } from '@/stores/project'
import { inDialog, mountPage, unmountPages } from '@/testing/mountPage'
import { evidenceRegister, projectRectifications, sentBackItem, submittedItem } from '@/testing/rectificationAnswers'
import { writeControls } from '@/testing/writeControls'
import RectificationPage from './RectificationPage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn() }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers))

const ITEMS_URL = '/api/projects/P1/rectifications'

async function open(roles: string[]) {
  answers.get.clear()
  answers.get.set(ITEMS_URL, projectRectifications())
  answers.get.set('/api/projects/P1/evidence', evidenceRegister())
  const page = await mountPage(RectificationPage, {
    roles, path: '/projects/P1/rectification',
    stores: () => {
      useProject().project = { id: 'P1', code: '530103-2023-MZTJ-001', name: '示范项目', year: 2023, streetId: 'jixiao:panlong:jinchen', details: {} } as never
    },
  })
  for (let i = 0; i < 3; i++) await flushPromises()
  return page
}

function type(selector: string, text: string) {
  const field = inDialog(`textarea${selector}, input${selector}`) as HTMLTextAreaElement
  field.value = text
  field.dispatchEvent(new Event('input'))
}
const rows = (page: VueWrapper) => page.findAll('[data-testid=rectification-row]')

describe('整改 tab', { timeout: 30_000 }, () => {
  beforeEach(() => {
    answers.post.mockReset()
  })
  afterEach(unmountPages)

  it('lists the project’s items by deadline with source, status and the district’s comment, and last year’s below', async () => {
    const page = await open(['street-editor'])
    expect(rows(page).map((r) => r.attributes('data-rectification-id')).slice(0, 3)).toEqual(['rect-manual', 'rect-red', 'rect-deduction'])
    const red = page.get('[data-rectification-id=rect-red]')
    expect(red.text()).toContain('绩效监控红灯')
    expect(red.text()).toContain('2023年9月18日')
    expect(red.get('[data-testid=rectification-state]').text()).toBe('已退回，待重新整改')
    expect(red.get('[data-testid=rectification-comment]').text()).toBe('请补充下半年分月支出计划')
    expect(page.get('[data-testid=rectification-sent-back]').text()).toContain('1 项整改被区财政退回')
    const carried = page.get('[data-testid=rectification-carried-over]')
    expect(carried.text()).toContain('上年度同一项目的整改事项（1 项）')
    expect(carried.text()).toContain('2022年度：活动台账不完整')
    expect(carried.get('[data-testid=rectification-overdue]').text()).toBe('已逾期')
  })

  it('the editor answers again a sent-back item: the comment shown, the measures and evidence sent with the version read', async () => {
    const answered = { ...sentBackItem(), state: 'MEASURES_SUBMITTED', stateLabel: '已提交整改措施', measures: '已补充分月支出计划', evidenceIds: ['ev-1'], version: 3 }
    answers.post.mockResolvedValue(answered)
    const page = await open(['street-editor'])
    const red = page.get('[data-rectification-id=rect-red]')
    expect(red.get('[data-testid=rectification-answer]').text()).toBe('重新提交整改措施')
    expect(page.find('[data-rectification-id=rect-deduction] [data-testid=rectification-answer]').exists()).toBe(false)
    await red.get('[data-testid=rectification-answer]').trigger('click')
    await flushPromises()
    expect(inDialog('[data-testid=answer-sent-back]')!.textContent).toContain('请补充下半年分月支出计划')
    type('[data-testid=answer-measures]', '')
    inDialog('[data-testid=answer-confirm]')!.click()
    await flushPromises()
    expect(document.body.textContent).toContain('请填写整改措施')
    expect(answers.post).not.toHaveBeenCalled()
    type('[data-testid=answer-measures]', '  已补充分月支出计划 ')
    page.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', ['ev-1'])
    await flushPromises()
    inDialog('[data-testid=answer-confirm]')!.click()
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith('/api/projects/P1/rectifications/rect-red/answer', {
      version: 2, measures: '已补充分月支出计划', evidenceIds: ['ev-1'],
    })
    expect(page.get('[data-rectification-id=rect-red] [data-testid=rectification-state]').text()).toBe('已提交整改措施')
  })

  it('offers only the evidence not withdrawn', async () => {
    const page = await open(['street-approver'])
    await page.get('[data-rectification-id=rect-red] [data-testid=rectification-answer]').trigger('click')
    await flushPromises()
    const options = page.findAllComponents({ name: 'ElOption' }).map((o) => o.props('value'))
    expect(options).toEqual(['ev-1'])
  })

  it('a 409 says the item changed and reads the list again', async () => {
    answers.post.mockRejectedValue(new ApiProblem(409, { status: 409, title: '整改事项已被修改 / Changed meanwhile' }))
    const page = await open(['street-editor'])
    await page.get('[data-rectification-id=rect-red] [data-testid=rectification-answer]').trigger('click')
    await flushPromises()
    answers.get.set(ITEMS_URL, { ...projectRectifications(), items: [submittedItem()] })
    inDialog('[data-testid=answer-confirm]')!.click()
    await flushPromises()
    await flushPromises()
    expect(rows(page).map((r) => r.attributes('data-rectification-id'))).toContain('rect-deduction')
    expect(page.find('[data-rectification-id=rect-red]').exists()).toBe(false)
  })

  it('the overseer confirms or sends back the measures; sending back needs a comment', async () => {
    answers.post.mockResolvedValue({ ...submittedItem(), state: 'OPEN', stateLabel: '待整改', comment: '请附活动照片', version: 2 })
    const page = await open(['district-overseer'])
    const deduction = page.get('[data-rectification-id=rect-deduction]')
    expect(deduction.find('[data-testid=rectification-confirm]').exists()).toBe(true)
    expect(page.find('[data-testid=rectification-answer]').exists()).toBe(false)
    await deduction.get('[data-testid=rectification-send-back]').trigger('click')
    await flushPromises()
    inDialog('[data-testid=decide-confirm]')!.click()
    await flushPromises()
    expect(inDialog('[data-testid=decide-problem]')!.textContent).toContain('退回须填写意见')
    expect(answers.post).not.toHaveBeenCalled()
    type('[data-testid=decide-comment]', '请附活动照片')
    inDialog('[data-testid=decide-confirm]')!.click()
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith('/api/projects/P1/rectifications/rect-deduction/send-back', { version: 1, comment: '请附活动照片' })
    expect(page.get('[data-rectification-id=rect-deduction] [data-testid=rectification-comment]').text()).toBe('请附活动照片')
  })

  it('the overseer enters an item by hand for this project', async () => {
    answers.post.mockResolvedValue({ ...submittedItem(), id: 'rect-new', state: 'OPEN', finding: '合同未备案', deadline: '2023-12-31' })
    const page = await open(['district-overseer'])
    await page.get('[data-testid=rectification-open]').trigger('click')
    await flushPromises()
    expect(inDialog('[data-testid=open-project-fixed]')!.textContent).toContain('示范项目（530103-2023-MZTJ-001）')
    type('[data-testid=open-finding]', '合同未备案')
    page.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2023-12-31')
    await flushPromises()
    inDialog('[data-testid=open-confirm]')!.click()
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith(ITEMS_URL, { finding: '合同未备案', deadline: '2023-12-31' })
    expect(page.find('[data-rectification-id=rect-new]').exists()).toBe(true)
  })

  it('an auditor reads every item and is offered no write', async () => {
    const page = await open(['auditor'])
    expect(rows(page).length).toBe(4)
    expect(page.text()).toContain('请补充下半年分月支出计划')
    expect(writeControls()).toEqual([])
  })
})
