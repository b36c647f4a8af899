import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountPage, unmountPages } from '@/testing/mountPage'
import { sample } from '@/testing/sampledReviewAnswers'
import { writeControls } from '@/testing/writeControls'
import SampledReviewsPage from './SampledReviewsPage.vue'

const api = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn() }))
vi.mock('@/api/http', async (original) => ({ ...(await original<typeof import('@/api/http')>()), http: { get: api.get, post: api.post } }))

const listing = [{ id: 'S1', year: 2023, seed: 20240301, size: { share: 0.5, count: null }, populationSize: 5, drawnCount: 3,
  drawnBy: 'panlong-overseer', drawnAt: '2024-03-01T01:00:00Z' }]

async function open(roles: string[], query = '?year=2023') {
  const page = await mountPage(SampledReviewsPage, { roles, path: `/district/sampled-reviews${query}` })
  await flushPromises()
  return { page, router: page.vm.$router }
}

describe('抽查复核: the year’s samples and the draw', { timeout: 30_000 }, () => {
  beforeEach(() => {
    api.get.mockReset().mockImplementation((url: string) => {
      if (url === '/api/sampled-reviews?year=2023') return Promise.resolve(listing)
      if (url.startsWith('/api/evaluations/overview?')) return Promise.resolve({ summary: { projects: url.includes('year=2023') ? 1 : 0 } })
      return Promise.reject(new Error(`unexpected ${url}`))
    })
    api.post.mockReset()
  })
  afterEach(unmountPages)

  it('lists the year’s samples with their seed and size', async () => {
    const { page } = await open(['district-overseer'])
    const list = page.get('[data-testid=sample-list]').text()
    expect(list).toContain('20240301')
    expect(list).toContain('按比例 50%')
    expect(page.get('[data-testid=sample-open]').attributes('href')).toBe('/district/sampled-reviews/S1')
  })

  it('opens on the latest year with evaluations when the address names none', async () => {
    const { page, router } = await open(['auditor'], '')
    await flushPromises()
    expect(router.currentRoute.value.query.year).toBe('2023')
    expect(page.get('[data-testid=sample-list]').text()).toContain('20240301')
  })

  it('draws with the stated seed and a share typed in percent, then opens the new sample', async () => {
    const { page, router } = await open(['district-overseer'])
    api.post.mockResolvedValue(sample())
    const seed = page.get('[data-testid=draw-seed] input')
    await seed.setValue('20240301')
    await seed.trigger('change')
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(api.post).toHaveBeenCalledWith('/api/sampled-reviews', { year: 2023, seed: 20240301, share: 0.2 })
    expect(router.currentRoute.value.path).toBe('/district/sampled-reviews/S1')
  })

  it('says the service’s refusal, e.g. no finalized evaluation to draw from', async () => {
    const { page } = await open(['district-overseer'])
    api.post.mockRejectedValue(new Error('2023 年度本区尚无已定稿的绩效自评，无法抽样'))
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(page.get('[data-testid=draw-problem]').text()).toContain('尚无已定稿的绩效自评')
  })

  it('offers an auditor the list only', async () => {
    const { page } = await open(['auditor'])
    expect(page.find('[data-testid=sample-draw]').exists()).toBe(false)
    expect(writeControls()).toEqual([])
  })
})
