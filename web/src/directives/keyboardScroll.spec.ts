import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, withDirectives } from 'vue'
import { vKeyboardScroll } from './keyboardScroll'

describe('a table that scrolls sideways', () => {
  it('can be reached by the keyboard and is named after the table', () => {
    const Table = defineComponent({
      render: () =>
        withDirectives(
          h('div', { class: 'el-table' }, [h('div', { class: 'el-table__body-wrapper' }, [h('div', { class: 'el-scrollbar__wrap' })])]),
          [[vKeyboardScroll, '项目明细']],
        ),
    })
    const region = mount(Table).get('.el-scrollbar__wrap')
    expect(region.attributes('tabindex')).toBe('0')
    expect(region.attributes('role')).toBe('region')
    expect(region.attributes('aria-label')).toBe('项目明细')
  })
})
