/** Small display rules shared by the project pages. */

/** The budget years a street picks from: five back, one ahead (a project is registered ahead of its year). */
export function yearOptions(current: number): number[] {
  const years: number[] = []
  for (let y = current + 1; y >= current - 5; y--) years.push(y)
  return years
}

/** 2026-12-07 10:41 in the browser's time zone (Beijing time in the offices); — when absent. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—'
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return '—'
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`
}

/** A project code as the finance bureau assigns it: letters, digits, '.', '_' and '-'. */
export const PROJECT_CODE = /^[A-Za-z0-9._-]+$/

/**
 * Element Plus draws the page-size picker of el-pagination without a label; screen readers (and axe) need one.
 * Used as a directive on the element around the pagination: v-page-size-label.
 */
export const vPageSizeLabel = {
  mounted: (el: HTMLElement) => labelPageSize(el),
  updated: (el: HTMLElement) => labelPageSize(el),
}

function labelPageSize(el: HTMLElement) {
  el.querySelectorAll('.el-pagination__sizes input, .el-pagination__sizes [role=combobox]')
    .forEach((input) => input.setAttribute('aria-label', '每页条数'))
  el.querySelectorAll('.el-pagination__jump input').forEach((input) => input.setAttribute('aria-label', '跳转到第几页'))
}
