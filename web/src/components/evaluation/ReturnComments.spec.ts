import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReturnComments from './ReturnComments.vue'

const step = (step: string, at: string, comment: string | null = null) =>
  ({ step, from: 'UNDER_REVIEW', to: 'RETURNED', actor: 'jixiao:panlong:panlong-overseer', at, comment }) as never

const history = [
  step('SUBMIT', '2026-12-07T03:00:00Z'),
  step('RETURN', '2026-12-07T03:10:00Z', '请补充佐证材料'),
  step('RETURN', '2026-12-07T04:10:00Z', '满意度调查样本不足'),
]

describe('the district’s return comments on the 自评 page', () => {
  it('while returned, the latest comment stands out with who returned it and when; earlier ones follow', () => {
    const page = mount(ReturnComments, { props: { history, returned: true } })
    const box = page.get('[data-testid=return-comments]')
    expect(box.get('[data-testid=return-comment-latest]').text()).toBe('满意度调查样本不足')
    expect(box.text()).toContain('退回人 panlong-overseer')
    expect(box.text()).toContain('此前的退回意见')
    expect(box.text()).toContain('请补充佐证材料')
  })

  it('once resubmitted the returns of the round stay listed, without the alert; none, nothing shown', () => {
    const resubmitted = mount(ReturnComments, { props: { history, returned: false } })
    expect(resubmitted.find('[data-testid=return-comment-latest]').exists()).toBe(false)
    expect(resubmitted.text()).toContain('本轮的退回意见')
    expect(mount(ReturnComments, { props: { history: [step('SUBMIT', '2026-12-07T03:00:00Z')], returned: false } })
      .find('[data-testid=return-comments]').exists()).toBe(false)
  })
})
