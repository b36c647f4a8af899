/**
 * The auditor's rule as a test reads it (the browser test walks every page as panlong-auditor with the same rule):
 * an auditor is offered no write at all, so a page mounted with an auditor's session may render
 * - buttons only for reading (下载, 查看, 预览, 打开, 刷新, 筛选, 查询, 重置, 展开, 收起, 返回, 上一页, 下一页, 导出, 复制),
 * - no file input,
 * - no editable control (input, textarea, select, switch, rate, checkbox, radio) except inside role="search", where
 *   the filters of a list live. A disabled control counts too: the rule is "not rendered" (v-if), not ":disabled".
 * The pagination (turning pages, choosing how many rows) only reads and is let through.
 */
export const READ_ACTIONS = ['下载', '查看', '预览', '打开', '刷新', '筛选', '查询', '重置', '展开', '收起', '返回', '上一页', '下一页', '导出', '复制']

export const isReadAction = (text: string) => READ_ACTIONS.some((word) => text.includes(word))

const EDITABLE = [
  'input:not([type=hidden])',
  'textarea',
  'select',
  '[contenteditable=""]',
  '[contenteditable=true]',
  '.el-select',
  '.el-switch',
  '.el-rate',
  '.el-checkbox',
  '.el-radio',
  '.el-radio-button',
  '.el-upload',
].join(', ')

function exempt(el: Element): boolean {
  return !!el.closest('[role=search]') || !!el.closest('.el-pagination')
}

function describe(el: Element): string {
  const label = el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? ''
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
  return `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"${label ? ` label="${label}"` : ''}>${text}`
}

/** Every control an auditor must not be offered under root (default: the whole document, for dialogs teleported out). */
export function writeControls(root: ParentNode = document.body): string[] {
  const found: string[] = []
  for (const button of root.querySelectorAll('button, [role=button], input[type=button], input[type=submit]')) {
    if (exempt(button)) continue
    const text = (button.textContent ?? (button as HTMLInputElement).value ?? '').replace(/\s+/g, ' ').trim()
    if (!isReadAction(text)) found.push(`button ${describe(button)}`)
  }
  for (const file of root.querySelectorAll('input[type=file]')) found.push(`file input ${describe(file)}`)
  for (const control of root.querySelectorAll(EDITABLE)) {
    if (exempt(control) || (control as HTMLInputElement).type === 'file') continue
    // an input inside an Element control is reported once, as that control
    if (control.matches('input, textarea') && control.parentElement?.closest('.el-select, .el-switch, .el-checkbox, .el-radio, .el-radio-button, .el-upload')) continue
    found.push(`editable ${describe(control)}`)
  }
  return found
}
