import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ApiProblem } from '@/api/http'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import EvidencePage from './EvidencePage.vue'

const answers = vi.hoisted(() => ({ list: [] as unknown[], upload: vi.fn(), patch: vi.fn(), download: vi.fn(), prompt: vi.fn() }))
vi.mock('@/api/http', async (original) => {
  const real = await original<typeof import('@/api/http')>()
  return {
    ...real,
    http: { get: async () => structuredClone(answers.list), patch: answers.patch },
    upload: answers.upload,
    download: answers.download,
  }
})
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn(), info: vi.fn() },
  ElMessageBox: { prompt: answers.prompt },
}))

const item = (n: number, title: string, withdrawn = false) => ({
  evidenceId: `e${n}`, number: withdrawn ? null : n, position: n, type: 'BASE_DATA', typeLabel: '基础数据表', title,
  fileName: `${title}.pdf`, contentType: 'application/pdf', size: 2048, sha256: 'x', uploadedBy: 'jinchen-editor',
  uploadedAt: '2026-12-07T02:41:50Z',
  withdrawal: withdrawn ? { reason: '上传错了年度', withdrawnBy: 'jinchen-editor', withdrawnAt: '2026-12-07T03:00:00Z' } : null,
})

async function open(roles: string[]) {
  setActivePinia(createPinia())
  useProject().project = { id: 'p1', code: 'C', name: '示范项目', year: 2023, details: { name: '示范项目' } } as never
  useSession().me = { username: 'u', roles }
  const page = mount(EvidencePage, { attachTo: document.body })
  await flushPromises()
  return page
}

const pdf = (name: string, size = 1000) => {
  const file = new File(['%PDF-1.4'], name, { type: 'application/pdf' })
  Object.defineProperty(file, 'size', { value: size })
  return file
}
async function choose(page: Awaited<ReturnType<typeof open>>, files: File[]) {
  const input = page.get('[data-testid=evidence-upload] input[type=file]')
  Object.defineProperty(input.element, 'files', { value: files, configurable: true })
  await input.trigger('change')
}

describe('佐证材料 page', () => {
  beforeEach(() => {
    answers.list = [item(1, '绩效评价指标体系'), item(2, '旧版指标体系', true), item(3, '绩效目标申报表')]
    answers.upload.mockReset()
    answers.patch.mockReset()
    answers.prompt.mockReset()
  })

  it('lists the evidence numbered as the report prints it; a withdrawn item only on request', async () => {
    const page = await open(['street-editor'])
    const list = page.get('[data-testid=evidence-list]')
    expect(list.text()).toContain('1.')
    expect(list.text()).toContain('绩效目标申报表')
    expect(list.text()).not.toContain('旧版指标体系')
    await list.get('input[type=checkbox]').setValue(true)
    expect(list.text()).toContain('撤回原因：上传错了年度')
  })

  it('refuses a file of another format or too large before sending it', async () => {
    const page = await open(['street-editor'])
    await choose(page, [new File(['x'], '说明.doc'), pdf('扫描件.pdf', 25 * 1024 * 1024)])
    expect(page.text()).toContain('“说明.doc”是旧版 Office 格式')
    expect(page.text()).toContain('超过 20 MB 的上限')
    expect(page.find('[data-testid=evidence-submit]').exists()).toBe(false)
    expect(answers.upload).not.toHaveBeenCalled()
  })

  it('sends a file with its kind and title, then reads the list again', async () => {
    answers.upload.mockImplementation(async (_url: string, _form: FormData, progress: (p: number) => void) => {
      progress(100)
      return item(4, '绩效目标申报表')
    })
    const page = await open(['street-editor'])
    await choose(page, [pdf('绩效目标申报表.pdf')])
    answers.list = [...answers.list, item(4, '绩效目标申报表')]
    await page.get('[data-testid=evidence-submit]').trigger('click')
    await flushPromises()
    const [url, form] = answers.upload.mock.calls[0] as [string, FormData]
    expect(url).toBe('/api/projects/p1/evidence')
    expect(form.get('type')).toBe('GOAL_DECLARATION')
    expect(form.get('title')).toBe('绩效目标申报表')
    expect(page.find('[data-testid=evidence-submit]').exists()).toBe(false)
    expect(page.get('[data-testid=evidence-list]').findAll('tbody tr')).toHaveLength(3)
  })

  it("keeps a refused file in the queue with the service's reason, and learns the service's limit", async () => {
    answers.upload.mockRejectedValue(new ApiProblem(413, { title: '文件过大 / File too large', detail: '佐证材料文件不能超过 10 MB，请压缩或拆分后再上传 / …', maxSize: 10 * 1024 * 1024 }))
    const page = await open(['street-editor'])
    await choose(page, [pdf('a.pdf')])
    await page.get('[data-testid=evidence-submit]').trigger('click')
    await flushPromises()
    expect(page.text()).toContain('佐证材料文件不能超过 10 MB')
    expect(page.get('[data-testid=evidence-upload]').text()).toContain('每个文件不超过 10 MB')
  })

  it('withdraws an item with the reason asked for', async () => {
    answers.prompt.mockResolvedValue({ value: ' 上传的是上年度版本 ' })
    answers.patch.mockResolvedValue(item(1, '绩效评价指标体系', true))
    const page = await open(['street-editor'])
    const withdraw = page.get('[data-testid=evidence-list]').findAll('button').find((b) => b.text() === '撤回')!
    await withdraw.trigger('click')
    await flushPromises()
    expect(answers.patch).toHaveBeenCalledWith('/api/projects/p1/evidence/e1', { reason: '上传的是上年度版本' })
  })

  it('an approver downloads but neither uploads nor withdraws', async () => {
    const page = await open(['street-approver'])
    expect(page.find('[data-testid=evidence-upload]').exists()).toBe(false)
    const buttons = page.get('[data-testid=evidence-list]').findAll('button').map((b) => b.text())
    expect(buttons).toContain('下载')
    expect(buttons).not.toContain('撤回')
  })
})
