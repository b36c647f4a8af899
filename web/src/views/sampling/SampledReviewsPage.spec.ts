import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '@/stores/session'
import { sample } from '@/testing/sampledReviewAnswers'
import { writeControls } from '@/testing/writeControls'
import SampledReviewsPage from './SampledReviewsPage.vue'

const api = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn() }))
vi.mock('@/api/http', async (original) => ({ ...(await original<typeof import('@/api/http')>()), http: { get: api.get, post: api.post } }))

const listing = [{ id: 'S1', year: 2023, seed: 20240301, size: { share: 0.5, count: null }, populationSize: 5, drawnCount: 3,
  drawnBy: 'panlong-overseer', drawnAt: '2024-03-01T01:00:00Z' }]

let mounted: ReturnType<typeof mount> | undefined
async function open(roles: string[]) {
  setActivePinia(createPinia())
  useSession().me = { username: 'u', roles, district: { id: 'jixiao:panlong', name: '盘龙区' } } as never
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/district/sampled-reviews', component: SampledReviewsPage },
      { path: '/:p(.*)*', component: { template: '<div />' } },
    ],
  })
  await router.push('/district/sampled-reviews?year=2023')
  const page = mount({ template: '<router-view />' }, { global: { plugins: [router] }, attachTo: document.body })
  mounted = page
  for (let i = 0; i < 4; i++) await flushPromises()
  return { page, router }
}

describe('抽查复核: the year’s samples and the draw', { timeout: 30_000 }, () => {
  beforeEach(() => {
    api.get.mockReset().mockImplementation((url: string) => (url === '/api/sampled-reviews?year=2023'
      ? Promise.resolve(listing) : Promise.reject(new Error(`unexpected ${url}`))))
    api.post.mockReset()
  })
  afterEach(() => {
    mounted?.unmount()
    mounted = undefined
    document.body.innerHTML = ''
  })

  it('lists the year’s samples with their seed and size', async () => {
    const { page } = await open(['district-overseer'])
    const list = page.get('[data-testid=sample-list]').text()
    expect(list).toContain('20240301')
    expect(list).toContain('按比例 50%')
    expect(page.get('[data-testid=sample-open]').attributes('href')).toBe('/district/sampled-reviews/S1')
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
