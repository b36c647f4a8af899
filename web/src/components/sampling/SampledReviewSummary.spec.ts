import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { gapReport } from '@/testing/sampledReviewAnswers'
import SampledReviewSummary from './SampledReviewSummary.vue'

const api = vi.hoisted(() => ({ get: vi.fn() }))
vi.mock('@/api/http', async (original) => ({ ...(await original<typeof import('@/api/http')>()), http: { get: api.get } }))

const names = { districts: [{ id: 'jixiao:panlong', name: '盘龙区', streets: [{ id: 'jixiao:panlong:jinchen', name: '金辰街道' }] }] }
const newest = { id: 'S2', year: 2023, seed: 77, size: { share: null, count: 4 }, populationSize: 5, drawnCount: 4,
  drawnBy: 'panlong-overseer', drawnAt: '2024-03-02T01:00:00Z' }

async function open(samples: unknown[]) {
  setActivePinia(createPinia())
  api.get.mockReset().mockImplementation((url: string) => {
    if (url === '/api/sampled-reviews?year=2023') return Promise.resolve(samples)
    if (url === '/api/sampled-reviews/S2/gaps') return Promise.resolve(gapReport())
    if (url.startsWith('/api/tenants/names')) return Promise.resolve(names)
    return Promise.reject(new Error(`unexpected ${url}`))
  })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  const { useDirectory } = await import('@/stores/directory')
  await useDirectory().load()
  const section = mount(SampledReviewSummary, { props: { year: 2023 }, global: { plugins: [router] } })
  await flushPromises()
  await flushPromises()
  return section
}

describe('抽查复核 in the district summary', () => {
  beforeEach(() => {
    api.get.mockReset()
  })

  it('shows the year’s newest sample’s gap per street, linked to the sample', async () => {
    const section = await open([newest])
    expect(section.get('[data-testid=summary-sampled-overall]').text()).toContain('随机种子 77，按数量 4 份')
    expect(section.get('[data-testid=summary-sampled-overall]').text()).toContain('差额 10.00')
    expect(section.get('a').attributes('href')).toBe('/district/sampled-reviews/S2')
    expect(section.get('[data-testid=gap-table]').text()).toContain('金辰街道')
  })

  it('says when the year has no sample', async () => {
    const section = await open([])
    expect(section.text()).toContain('本年度尚未抽取抽查复核样本')
  })
})
