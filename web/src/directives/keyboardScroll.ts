import type { Directive } from 'vue'

/**
 * Lets a keyboard reach a table that scrolls sideways on a narrow screen: Element Plus's table scrolls inside an
 * element no key can focus, so a person without a mouse could never see the columns on the right (axe-core:
 * scrollable-region-focusable). The scrolling element becomes focusable and is named after the table.
 *
 * Usage: `<el-table v-keyboard-scroll="'项目明细'" …>`
 */
export const vKeyboardScroll: Directive<HTMLElement, string> = {
  mounted: reach,
  updated: reach,
}

function reach(table: HTMLElement, binding: { value: string }) {
  for (const region of table.querySelectorAll<HTMLElement>('.el-table__body-wrapper .el-scrollbar__wrap')) {
    if (region.getAttribute('tabindex') !== '0') region.setAttribute('tabindex', '0')
    if (!region.hasAttribute('role')) region.setAttribute('role', 'region')
    if (binding.value && region.getAttribute('aria-label') !== binding.value) region.setAttribute('aria-label', binding.value)
  }
}
