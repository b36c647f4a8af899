package cn.jixiao.systemtests.workbench;

import java.util.List;

import com.microsoft.playwright.Page;

/**
 * The auditor's rule, checked on the page as rendered: no write control exists at all (hidden or disabled is not
 * enough). Walks the whole document and lists every offence:
 * <ul>
 *   <li>a button (or role=button) whose name (aria-label, else its text) is not a read action (复制校验码 also as
 *       "复制第 1 版 PDF 的校验码"); a disclosure toggle
 *       (aria-expanded) and the pager's page numbers only show, so they count as read actions;</li>
 *   <li>any {@code <input type=file>};</li>
 *   <li>any input, textarea, select or contenteditable outside an element with role="search" (the filters) and the
 *       pager, disabled or not; only an Element Plus picker that is itself disabled (its inner read-only input is
 *       Element's own) is let pass.</li>
 * </ul>
 * 退出登录 ends the person's own session and a column header's 排序 only reorders what is shown: read-side too.
 */
final class ReadOnlyWalk {

    static final List<String> READ_ACTIONS = List.of("下载", "查看", "预览", "打开", "刷新", "筛选", "查询", "重置", "展开", "收起",
            "返回", "上一页", "下一页", "导出", "复制校验码", "排序", "退出登录");

    private static final String WALK = """
            (read) => {
              const offences = [];
              const nameOf = e => ((e.getAttribute('aria-label') || '').trim()
                  || (e.innerText || e.value || e.getAttribute('title') || '').trim()).replace(/\\s+/g, ' ');
              const where = e => e.closest('[data-testid]')?.getAttribute('data-testid') || e.className || e.tagName;
              for (const b of document.querySelectorAll('button, [role=button], input[type=button], input[type=submit], input[type=reset]')) {
                const name = nameOf(b);
                if (read.some(word => name.includes(word)) || /^复制.*校验码$/.test(name)) continue;
                if (b.hasAttribute('aria-expanded') && !b.closest('.el-dropdown, .el-popover, .el-select')) continue;
                if (b.closest('.el-pagination') && /^(\\d+|第.*页|.*页)$/.test(name)) continue;
                offences.push(`button "${name}" in ${where(b)}`);
              }
              for (const f of document.querySelectorAll('input[type=file]')) offences.push(`upload in ${where(f)}`);
              const fields = 'input:not([type=hidden]):not([type=file]):not([type=button]):not([type=submit]):not([type=reset]),'
                  + ' textarea, select, [contenteditable]:not([contenteditable=false])';
              for (const f of document.querySelectorAll(fields)) {
                if (f.closest('[role=search]') || f.closest('.el-pagination')) continue;
                const picker = f.closest('.el-select, .el-select-v2, .el-cascader, .el-date-editor');
                if (picker && (picker.classList.contains('is-disabled') || picker.querySelector('.is-disabled'))) continue;
                const state = f.disabled ? 'disabled ' : f.readOnly ? 'read-only ' : '';
                offences.push(`${state}${f.tagName.toLowerCase()}${f.type ? '[' + f.type + ']' : ''} "${f.getAttribute('aria-label') || f.name || f.placeholder || ''}" in ${where(f)}`);
              }
              return offences;
            }
            """;

    private ReadOnlyWalk() {
    }

    /** Every write control on the page, described; empty for a page an auditor may be shown. */
    @SuppressWarnings("unchecked")
    static List<String> writeControlsOn(Page page) {
        return (List<String>) page.evaluate(WALK, READ_ACTIONS);
    }
}
