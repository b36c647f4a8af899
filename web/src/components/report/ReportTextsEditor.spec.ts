import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ApiProblem } from '@/api/http'
import ReportTextsEditor from './ReportTextsEditor.vue'

const api = vi.hoisted(() => ({ get: vi.fn(), put: vi.fn() }))
vi.mock('@/api/http', async (original) => ({ ...(await original<typeof import('@/api/http')>()), http: api }))
const confirm = vi.hoisted(() => vi.fn().mockResolvedValue('confirm'))
vi.mock('element-plus', async (original) => ({ ...(await original<typeof import('element-plus')>()), ElMessageBox: { confirm } }))

const texts = (version: number | null, purpose: string) => ({
  projectId: 'p1', round: 2, version, origin: version === null ? 'STANDARD' : 'SAVED', editable: true, updatedBy: null, updatedAt: null,
  texts: {
    purpose, planning: null, principlesAndMethods: null, implementation: null, mainAchievements: null,
    performanceAnalysis: null, goalsAchieved: null, experience: null, problems: null, suggestions: null,
  },
})

describe('the report texts editor', { timeout: 30_000 }, () => {
  it('saves all texts of the round on the version read, a blank section as 未填写 (null)', async () => {
    api.get.mockResolvedValue(texts(null, '标准表述'))
    api.put.mockResolvedValue(texts(0, '本街道的目的'))
    const page = mount(ReportTextsEditor, { props: { projectId: 'p1', canEdit: true } })
    await flushPromises()
    await page.get('textarea#report-purpose').setValue('本街道的目的')
    await page.get('[data-testid=save-report-texts]').trigger('click')
    await flushPromises()
    expect(api.put).toHaveBeenCalledWith('/api/reports/p1/rounds/2/texts', {
      version: null,
      texts: expect.objectContaining({ purpose: '本街道的目的', planning: null }),
    })
    expect(page.emitted('saved')).toHaveLength(1)
  })

  it('after someone else saved, reloads the latest version and keeps what was typed to save again', async () => {
    api.get.mockResolvedValueOnce(texts(3, '旧文字')).mockResolvedValueOnce(texts(4, '他人的文字'))
    api.put.mockReset().mockRejectedValueOnce(new ApiProblem(409, { title: '版本冲突 / Conflict' }))
    const page = mount(ReportTextsEditor, { props: { projectId: 'p1', canEdit: true } })
    await flushPromises()
    await page.get('textarea#report-purpose').setValue('我的文字')
    await page.get('[data-testid=save-report-texts]').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalled()
    expect((page.get('textarea#report-purpose').element as HTMLTextAreaElement).value).toBe('我的文字')
    api.put.mockResolvedValueOnce(texts(5, '我的文字'))
    await page.get('[data-testid=save-report-texts]').trigger('click')
    await flushPromises()
    expect(api.put).toHaveBeenLastCalledWith('/api/reports/p1/rounds/2/texts', expect.objectContaining({ version: 4 }))
  })

  it('reads only once the evaluation is finalized', async () => {
    api.get.mockResolvedValue({ ...texts(3, '定稿文字'), editable: false })
    const page = mount(ReportTextsEditor, { props: { projectId: 'p1', canEdit: true } })
    await flushPromises()
    expect(page.text()).toContain('评价已定稿，报告文字不能再修改。')
    expect(page.find('[data-testid=save-report-texts]').exists()).toBe(false)
  })
})
