import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiProblem } from '@/api/http'
import { useProject } from '@/stores/project'
import { useSession } from '@/stores/session'
import ReportPage from './ReportPage.vue'

/** report-service's answers, by URL; the page talks to it only through the http module. */
const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), post: vi.fn(), put: vi.fn(), download: vi.fn() }))
vi.mock('@/api/http', async (original) => {
  const real = await original<typeof import('@/api/http')>()
  const get = async (url: string) => {
    if (!answers.get.has(url)) throw new real.ApiProblem(404, { title: '未找到 / Not found' })
    return structuredClone(answers.get.get(url))
  }
  return { ...real, http: { get, post: answers.post, put: answers.put }, download: answers.download }
})

const texts = {
  projectId: 'p1', round: 1, version: null, origin: 'STANDARD', editable: true, updatedBy: null, updatedAt: null,
  texts: {
    purpose: '根据我单位……', planning: '成立评价工作组……', principlesAndMethods: '坚持……', implementation: '……',
    mainAchievements: null, performanceAnalysis: null, goalsAchieved: null, experience: null, problems: null, suggestions: null,
  },
}
const file = (format: string, size: number) => ({
  format, fileId: format, fileName: `报告（第2版）.${format.toLowerCase()}`, contentType: 'x', sha256: 's', size,
})
const archives = [{
  id: 'p1-1', projectId: 'p1', round: 1, jobs: [],
  versions: [
    { number: 1, finalReport: false, evaluationId: 'e', evaluationRevision: 1, templateId: 't', templateVersion: 1, renderedBy: 'jinchen-editor', renderedAt: '2026-12-07T02:00:00Z', files: [file('PDF', 1000)] },
    { number: 2, finalReport: true, evaluationId: 'e', evaluationRevision: 2, templateId: 't', templateVersion: 1, renderedBy: 'system', renderedAt: '2026-12-07T03:00:00Z', files: [file('PDF', 78469), file('DOCX', 6862), file('HTML', 10300)] },
  ],
}]

let mounted: { unmount(): void } | undefined
async function open(status = 'DRAFT', roles = ['street-editor']) {
  setActivePinia(createPinia())
  answers.get.clear()
  answers.get.set('/api/reports/p1/texts', texts)
  answers.get.set('/api/reports/p1/archives', archives)
  answers.get.set('/api/reports/p1/document', { draft: true, complete: false, missing: ['主要绩效', '存在的问题'], documentName: '', projectName: '' })
  const store = useProject()
  store.project = { id: 'p1', code: 'C', name: '示范项目', year: 2023, details: { name: '示范项目' } } as never
  store.evaluation = { id: 'e', projectId: 'p1', round: 1, status, total: 98, grade: '优', version: 3 }
  useSession().me = { username: 'u', roles }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  const page = mount(ReportPage, { global: { plugins: [router] }, attachTo: document.body })
  mounted = page
  await flushPromises()
  return page
}

describe('报告 page', { timeout: 30_000 }, () => {
  afterEach(() => {
    mounted?.unmount()
    answers.post.mockReset()
    answers.download.mockReset()
  })

  it('previews the draft as the same-origin PDF inside the page and says what is still 未填写', async () => {
    const page = await open()
    expect(page.get('[data-testid=report-preview]').attributes('src')).toMatch(/^\/api\/reports\/p1\/preview\/pdf\?t=\d+/)
    expect(page.text()).toContain('以下内容未填写，预览中标注为「未填写」：主要绩效、存在的问题')
  })

  it('offers the prefilled standard wording section by section, the blank ones marked 未填写', async () => {
    const page = await open()
    expect(page.text()).toContain('以下为标准表述')
    expect((page.get('textarea#report-purpose').element as HTMLTextAreaElement).value).toBe('根据我单位……')
    expect(page.get('[data-section=mainAchievements]').text()).toContain('未填写')
    expect(page.get('[data-section=purpose]').text()).not.toContain('未填写')
  })

  it('lists the stored versions newest first and downloads the newest in each format', async () => {
    const page = await open()
    const rows = page.get('[data-testid=report-versions]').findAll('tbody tr')
    expect(rows[0].text()).toContain('第 2 版')
    expect(rows[0].text()).toContain('正式报告')
    await page.get('[data-testid=download-docx]').trigger('click')
    expect(answers.download).toHaveBeenCalledWith('/api/reports/archives/p1-1/versions/2/DOCX', '报告（第2版）.docx')
    expect(page.find('[data-testid=download-pdf]').exists()).toBe(true)
    expect(page.find('[data-testid=download-html]').exists()).toBe(true)
  })

  it('renders the final report only once the evaluation is finalized', async () => {
    const draft = await open('DRAFT')
    expect(draft.get('[data-testid=render-final]').attributes('disabled')).toBeDefined()
    draft.unmount()
    const finalized = await open('FINALIZED')
    expect(finalized.get('[data-testid=render-final]').attributes('disabled')).toBeUndefined()
  })

  it('follows a render job until its version is stored', async () => {
    answers.post.mockResolvedValue({ id: 'job-1', formats: ['PDF', 'DOCX', 'HTML'], finalReport: true, status: 'QUEUED', versionNumber: null })
    const page = await open('FINALIZED')
    answers.get.set('/api/reports/p1/archives', [{ ...archives[0], jobs: [{ id: 'job-1', formats: ['PDF'], finalReport: true, status: 'DONE', versionNumber: 3 }] }])
    await page.get('[data-testid=render-final]').trigger('click')
    await flushPromises()
    expect(answers.post).toHaveBeenCalledWith('/api/reports/p1/renders', { formats: ['PDF', 'DOCX', 'HTML'], finalReport: true })
    expect(page.text()).toContain('已完成')
    expect(page.text()).toContain('已存为第 3 版')
  })

  it('a refused final render lists every missing part', async () => {
    answers.post.mockRejectedValue(new ApiProblem(422, {
      title: '暂不能生成正式报告 / The final report cannot be rendered yet',
      detail: '以下内容未填写，不能生成正式报告：主要绩效、存在的问题 / …',
      missing: [{ zh: '主要绩效', en: 'main achievements' }, { zh: '存在的问题', en: 'problems' }],
    }))
    const page = await open('FINALIZED')
    await page.get('[data-testid=render-final]').trigger('click')
    await flushPromises()
    expect(page.get('[data-testid=render-refusal]').findAll('li').map((li) => li.text())).toEqual(['主要绩效', '存在的问题'])
  })
})
