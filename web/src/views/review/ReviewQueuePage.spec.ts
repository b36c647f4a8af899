import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '@/stores/session'
import ReviewQueuePage from './ReviewQueuePage.vue'

const requested = vi.hoisted(() => [] as string[])
const overview = vi.hoisted(() => ({ rows: [] as unknown[], total: undefined as number | undefined }))
vi.mock('@/api/http', async (original) => {
  const real = await original<typeof import('@/api/http')>()
  const get = async (url: string) => {
    requested.push(url)
    if (url.startsWith('/api/evaluations/overview')) {
      // the service filters by the status list it is given, as evaluation-service's board does
      const statuses = new URL(url, 'http://x').searchParams.get('status')?.split(',')
      const rows = (overview.rows as Array<{ status: string }>).filter((r) => !statuses || statuses.includes(r.status))
      return { page: 0, size: 20, rows: structuredClone(rows), total: overview.total ?? rows.length }
    }
    throw new real.ApiProblem(404, { title: '未找到 / Not found' })
  }
  return { ...real, http: { get } }
})

const row = (code: string, status: string, streetId = 'jixiao:panlong:jinchen') => ({
  evaluationId: `ev-${code}`, projectId: `p-${code}`, streetId, projectCode: code, projectName: `项目 ${code}`, round: 1, status,
  budget: 100000, executed: 80000, executionRate: 80, selfScore: 88, selfGrade: '良', reviewScore: null, reviewGrade: null,
  grade: '良', monitoring: null,
})

let mounted: { unmount(): void } | undefined

async function open(roles: string[], query = '') {
  setActivePinia(createPinia())
  requested.length = 0
  useSession().me = { username: 'u', roles }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/district/reviews', name: 'review-queue', component: ReviewQueuePage },
      { path: '/district/reviews/:evaluationId', name: 'review', component: { template: '<div />' } },
    ],
  })
  await router.push(`/district/reviews${query}`)
  const page = mount(ReviewQueuePage, { global: { plugins: [router] }, attachTo: document.body })
  mounted = page
  await flushPromises()
  return page
}

describe('审核 queue', { timeout: 30_000 }, () => {
  afterEach(() => {
    mounted?.unmount()
    mounted = undefined
    document.body.innerHTML = ''
  })

  it('asks the service for the year’s submitted evaluations first, a page at a time', async () => {
    overview.rows = [row('A-1', 'SUBMITTED')]
    await open(['district-overseer'])
    const asked = new URL(requested.find((u) => u.startsWith('/api/evaluations/overview'))!, 'http://x').searchParams
    expect(Object.fromEntries(asked)).toEqual({ year: '2023', status: 'SUBMITTED', sort: 'street,asc', page: '0', size: '20' })
  })

  it('lists the tab’s status as the service filters it, each row opening its review', async () => {
    overview.rows = [row('A-1', 'SUBMITTED'), row('A-2', 'DRAFT'), row('B-1', 'SUBMITTED', 'jixiao:panlong:tuodong')]
    const page = await open(['district-overseer'])
    const rows = page.findAll('[data-testid=review-row]')
    expect(rows.map((r) => r.attributes('data-project-code'))).toEqual(['A-1', 'B-1'])
    expect(rows[1].text()).toContain('tuodong')
    expect(rows[0].get('[data-testid=review-open]').attributes('href')).toBe('/district/reviews/ev-A-1')
  })

  it('opens on the tab the address names', async () => {
    overview.rows = [row('A-1', 'SUBMITTED'), row('A-3', 'FINALIZED')]
    const page = await open(['auditor'], '?status=FINALIZED')
    expect(page.findAll('[data-testid=review-row]').map((r) => r.attributes('data-project-code'))).toEqual(['A-3'])
    expect(page.text()).toContain('只读')
  })
})
