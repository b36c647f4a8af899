import { afterEach, describe, expect, it, vi } from 'vitest'
import { BLANK, mountPage, unmountPages } from '@/testing/mountPage'
import ReviewQueuePage from './ReviewQueuePage.vue'

const answers = vi.hoisted(() => ({ get: new Map<string, unknown>(), requested: [] as string[] }))
vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers, { byPath: true }))
const overview = { rows: [] as unknown[], total: undefined as number | undefined }

const row = (code: string, status: string, streetId = 'jixiao:panlong:jinchen') => ({
  evaluationId: `ev-${code}`, projectId: `p-${code}`, streetId, projectCode: code, projectName: `项目 ${code}`, round: 1, status,
  budget: 100000, executed: 80000, executionRate: 80, selfScore: 88, selfGrade: '良', reviewScore: null, reviewGrade: null,
  grade: '良', monitoring: null,
})

async function open(roles: string[], query = '') {
  answers.requested.length = 0
  answers.get.clear()
  answers.get.set('/api/evaluations/overview', (asked: URLSearchParams) => {
    // the service filters by the status list it is given, as evaluation-service's board does
    const statuses = asked.get('status')?.split(',')
    const rows = (overview.rows as Array<{ status: string }>).filter((r) => !statuses || statuses.includes(r.status))
    return { page: 0, size: 20, rows, total: overview.total ?? rows.length }
  })
  return mountPage(ReviewQueuePage, {
    roles, path: `/district/reviews${query}`,
    routes: [
      { path: '/district/reviews', name: 'review-queue', component: ReviewQueuePage },
      { path: '/district/reviews/:evaluationId', name: 'review', component: BLANK },
    ],
  })
}

describe('审核 queue', { timeout: 30_000 }, () => {
  afterEach(unmountPages)

  it('asks the service for the year’s submitted evaluations first, a page at a time', async () => {
    overview.rows = [row('A-1', 'SUBMITTED')]
    await open(['district-overseer'])
    const asked = new URL(answers.requested.find((u) => u.startsWith('/api/evaluations/overview'))!, 'http://x').searchParams
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
