import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { useSession } from '@/stores/session'
import { nationalV1 } from '@/components/templates/templateFixtures'
import TemplatesPage from './TemplatesPage.vue'
import TemplateVersionsPage from './TemplateVersionsPage.vue'

const api = vi.hoisted(() => ({
  list: vi.fn(), versions: vi.fn(), version: vi.fn(), copy: vi.fn(), publish: vi.fn(), archive: vi.fn(), restore: vi.fn(),
  choice: vi.fn(), choose: vi.fn(), confirm: vi.fn(), push: vi.fn(),
}))
vi.mock('@/api/templates', () => ({ templatesApi: api }))
vi.mock('@/api/directory', () => ({ fetchDirectory: async () => ({ districts: [{ id: 'jixiao:panlong', name: '盘龙区', streets: [] }] }) }))
vi.mock('vue-router', async (original) => ({
  ...(await original<typeof import('vue-router')>()),
  useRouter: () => ({ push: api.push }),
}))
vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn() },
  ElMessageBox: { confirm: api.confirm },
}))

const national = () => ({ ...nationalV1(), archived: false })
function ownV2() {
  const v2 = { ...nationalV1(), id: 'own', version: 2, name: '盘龙区模板', ownerDistrictId: 'jixiao:panlong', basedOn: { id: 'national-default', version: 1 } }
  v2.parts = [{ part: 'BUDGET_EXECUTION', weight: 20 }, { part: 'OUTPUT', weight: 50 }, { part: 'EFFECT', weight: 30 }]
  return v2
}
const ownV1 = () => ({ ...ownV2(), version: 1, parts: nationalV1().parts })
const stubs = { RouterLink: { template: '<span><slot :navigate="() => {}" /></span>' } }

async function open(component: unknown, roles: string[], props: Record<string, unknown> = {}) {
  setActivePinia(createPinia())
  useSession().me = { username: 'u', roles }
  const page = mount(component as never, { props: props as never, attachTo: document.body, global: { stubs } })
  await flushPromises()
  return page
}

/** The browser test's rule for an auditor: only buttons that read, no upload, no input outside role="search". */
function writeControls(root: Element): string[] {
  const reads = /下载|查看|预览|打开|刷新|筛选|查询|重置|展开|收起|返回|上一页|下一页|导出/
  const found: string[] = []
  root.querySelectorAll('button').forEach((b) => {
    const text = b.textContent?.trim() ?? ''
    if (text && !reads.test(text)) found.push(`button ${text}`)
  })
  root.querySelectorAll('input, textarea').forEach((i) => {
    if ((i as HTMLInputElement).type === 'file') found.push('upload')
    else if (!i.closest('[role=search]') && !(i as HTMLInputElement).readOnly) found.push(`input ${i.getAttribute('aria-label') ?? i.id}`)
  })
  return found
}

describe('评价模板 list', () => {
  beforeEach(() => {
    Object.values(api).forEach((f) => f.mockReset())
    api.list.mockResolvedValue([{ ...ownV2(), archived: false }, national(),
      { ...nationalV1(), id: 'excellent-from-80', name: '优秀80分起的等级划分', archived: false }])
    api.choice.mockResolvedValue({ districtId: 'jixiao:panlong', chosen: { id: 'national-default', version: 1 }, nationalDefault: true, revision: 0, chosenAt: null, chosenBy: null })
  })

  it('showsTheNationalTemplateFirstThenTheVariantsThenTheDistrictsOwn', async () => {
    const page = await open(TemplatesPage, ['district-overseer'])
    const cards = page.findAll('[data-testid=template-card]')
    expect(cards.map((c) => c.attributes('data-template-id'))).toEqual(['national-default', 'excellent-from-80', 'own'])
    expect(cards[0].text()).toContain('平台（全国通用）')
    expect(cards[0].text()).toContain('产出指标')
    expect(cards[0].text()).toContain('90.00 分起')
    expect(cards[2].text()).toContain('盘龙区（本区）')
    expect(page.get('[data-testid=template-choice]').text()).toContain('尚未选定')
  })

  it('offersTheOverseerToCopyAndToChoose', async () => {
    const page = await open(TemplatesPage, ['district-overseer'])
    expect(page.findAll('[data-testid=template-copy]')).toHaveLength(3)
    expect(page.find('[data-testid=template-choose]').exists()).toBe(true)
  })

  it('copiesATemplateUnderTheNameGivenAndOpensTheCopy', async () => {
    api.copy.mockResolvedValue({ ...ownV1(), id: 'new-copy', name: '盘龙区全国模板' })
    const page = await open(TemplatesPage, ['district-overseer'])
    await page.findAll('[data-testid=template-copy]')[0].trigger('click')
    await flushPromises()
    const name = document.querySelector('input[data-testid=template-copy-name]') as HTMLInputElement
    name.value = '盘龙区全国模板'
    name.dispatchEvent(new Event('input'))
    ;(document.querySelector('[data-testid=template-copy-confirm]') as HTMLElement).click()
    await flushPromises()
    expect(api.copy).toHaveBeenCalledWith('national-default', '盘龙区全国模板', 1)
    expect(api.push).toHaveBeenCalledWith('/district/templates/new-copy')
    page.unmount()
  })

  it('offersAnAuditorNoControlThatWrites', async () => {
    const page = await open(TemplatesPage, ['auditor'])
    expect(page.findAll('[data-testid=template-card]')).toHaveLength(3)
    expect(page.find('[data-testid=template-copy]').exists()).toBe(false)
    expect(page.find('[data-testid=template-choose]').exists()).toBe(false)
    expect(writeControls(page.element)).toEqual([])
    page.unmount()
  })
})

describe('the district\'s template for a budget year', () => {
  const withYear = {
    districtId: 'jixiao:panlong', chosen: { id: 'national-default', version: 1 }, year: null, nationalDefault: true,
    revision: 1, chosenAt: null, chosenBy: null,
    years: [{ year: 2030, chosen: { id: 'own', version: 2 }, chosenAt: '2026-01-05T02:00:00Z', chosenBy: 'panlong-overseer' }],
  }

  beforeEach(() => {
    Object.values(api).forEach((f) => f.mockReset())
    api.list.mockResolvedValue([{ ...ownV2(), archived: false }, national(),
      { ...nationalV1(), id: 'excellent-from-80', name: '优秀80分起的等级划分', archived: false }])
    api.choice.mockImplementation(async (year?: number) => year === 2030
      ? { ...withYear, chosen: { id: 'own', version: 2 }, year: 2030, nationalDefault: false, chosenBy: 'panlong-overseer', chosenAt: '2026-01-05T02:00:00Z' }
      : year ? { ...withYear } : withYear)
    api.confirm.mockResolvedValue('confirm')
  })

  async function pickYear(label: string) {
    // the newest page's option: the dropdowns are teleported to the body, after those of pages mounted earlier
    const option = [...document.querySelectorAll('.el-select-dropdown__item')].reverse().find((o) => o.textContent?.trim() === label)
    expect(option, label).toBeTruthy()
    ;(option as HTMLElement).click()
    await flushPromises()
  }

  it('listsTheYearsOwnChoicesAndShowsTheChoiceInForceForTheYearPicked', async () => {
    const page = await open(TemplatesPage, ['district-overseer'])
    expect(page.get('[data-testid=template-choice-years]').text()).toContain('2030 年度“盘龙区模板”第 2 版')

    await pickYear('2030 年度')
    expect(api.choice).toHaveBeenCalledWith(2030)
    expect(page.get('[data-testid=template-choice-year-result]').text()).toContain('2030 年度单独选定“盘龙区模板”第 2 版')

    await pickYear(`${new Date().getFullYear()} 年度`)
    expect(page.get('[data-testid=template-choice-year-result]').text()).toContain('未单独选定，按本区默认')
    page.unmount()
  })

  it('letsTheOverseerChooseTheTemplateOfTheYearPicked', async () => {
    api.choose.mockResolvedValue({ ...withYear, chosen: { id: 'excellent-from-80', version: 1 }, year: 2030, nationalDefault: false })
    const page = await open(TemplatesPage, ['district-overseer'])
    await pickYear('2030 年度')
    await pickYear('优秀80分起的等级划分（第 1 版）')
    expect(page.get('[data-testid=template-choose]').text()).toBe('选定为 2030 年度模板')
    await page.get('[data-testid=template-choose]').trigger('click')
    await flushPromises()
    expect(api.choose).toHaveBeenCalledWith('excellent-from-80', 1, 2030)
    page.unmount()
  })

  it('showsAnAuditorTheYearsChoicesWithNoControlThatWrites', async () => {
    const page = await open(TemplatesPage, ['auditor'])
    await pickYear('2030 年度')
    expect(page.get('[data-testid=template-choice-year-result]').text()).toContain('2030 年度单独选定')
    expect(page.find('[data-testid=template-choose]').exists()).toBe(false)
    expect(writeControls(page.element)).toEqual([])
    page.unmount()
  })
})

describe('a template and its versions', () => {
  beforeEach(() => {
    Object.values(api).forEach((f) => f.mockReset())
    api.versions.mockResolvedValue([ownV2(), ownV1()])
    api.list.mockResolvedValue([{ ...ownV2(), archived: false }, national()])
    api.version.mockResolvedValue(nationalV1())
  })

  it('showsTheLatestVersionWithWhatItChangedAgainstThePreviousOne', async () => {
    const page = await open(TemplateVersionsPage, ['district-overseer'], { templateId: 'own' })
    expect(page.get('[data-testid=template-version]').attributes('data-version')).toBe('2')
    const diff = page.get('[data-testid=template-diff]').text()
    expect(diff).toContain('与第 1 版相比')
    expect(diff).toContain('预算执行率')
    expect(diff).toContain('10.00')
    expect(diff).toContain('20.00')
    expect(diff).toContain('不计分')
    page.unmount()
  })

  it('letsTheOverseerPublishANewVersionOfTheDistrictsOwnShowingTheServicesProblems', async () => {
    const { ApiProblem } = await import('@/api/http')
    api.confirm.mockResolvedValue('confirm')
    api.publish.mockRejectedValue(new ApiProblem(422, {
      title: '模板设置无法计分 / Invalid template',
      problems: ['各部分分值合计应为 100，实为 110 (part weights must add up to 100)'],
    }))
    const page = await open(TemplateVersionsPage, ['district-overseer'], { templateId: 'own' })
    await page.get('[data-testid=template-new-version]').trigger('click')
    const editor = page.get('[data-testid=template-editor]')
    const output = editor.get('input[data-part=OUTPUT]')
    await output.setValue('60')
    expect(editor.get('[data-testid=template-weight-sum]').text()).toContain('110.00')
    await editor.get('[data-testid=template-save-version]').trigger('click')
    await flushPromises()
    expect(api.publish).toHaveBeenCalledWith('own', expect.objectContaining({ basedOnVersion: 2 }))
    expect(editor.get('[data-testid=template-problems]').text()).toContain('各部分分值合计应为 100，实为 110')
    expect(editor.get('[data-testid=template-problems]').text()).not.toContain('part weights')
    page.unmount()
  }, 30_000)

  it('offersNoEditorForAPlatformTemplate', async () => {
    api.versions.mockResolvedValue([nationalV1()])
    const page = await open(TemplateVersionsPage, ['district-overseer'], { templateId: 'national-default' })
    expect(page.find('[data-testid=template-new-version]').exists()).toBe(false)
    expect(page.find('[data-testid=template-archive]').exists()).toBe(false)
    page.unmount()
  })

  it('showsAnAuditorEveryVersionWithNoControlThatWrites', async () => {
    const page = await open(TemplateVersionsPage, ['auditor'], { templateId: 'own' })
    expect(page.find('[data-testid=template-diff]').exists()).toBe(true)
    expect(page.find('[data-testid=template-new-version]').exists()).toBe(false)
    expect(page.find('[data-testid=template-archive]').exists()).toBe(false)
    expect(page.find('[data-testid=template-editor]').exists()).toBe(false)
    expect(writeControls(page.element)).toEqual([])
    page.unmount()
  })
})
