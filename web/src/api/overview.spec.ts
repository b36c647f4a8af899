import { describe, expect, it, vi } from 'vitest'
import {
  latestYearWithData, overviewUrl, readQuery, sortFromTable, sortToTable, totalOf, writeQuery, type DistrictOverview,
} from './overview'

const api = vi.hoisted(() => ({ get: vi.fn() }))
vi.mock('./http', async (original) => ({ ...(await original<typeof import('./http')>()), http: { get: api.get } }))

describe('全区概览: the address holds the view, the API is asked for it', () => {
  it('reads every filter, the sort and the page from the address, and writes the same address back', () => {
    const address = {
      year: '2023', streetId: 'jixiao:panlong:tuodong', status: 'SUBMITTED,UNDER_REVIEW', grade: '良,未评分',
      light: 'RED,NONE', minScore: '80', maxScore: '89.99', q: 'LHSQ', sort: 'score,desc', page: '3', size: '50',
    }
    const state = readQuery(address)
    expect(state).toEqual({
      year: 2023, streetId: 'jixiao:panlong:tuodong', status: ['SUBMITTED', 'UNDER_REVIEW'], grade: ['良', '未评分'],
      light: ['RED', 'NONE'], minScore: '80', maxScore: '89.99', q: 'LHSQ', sort: 'score,desc', page: 3, size: 50,
    })
    expect(writeQuery(state)).toEqual(address)
  })

  it('a bare address is the first page of 20 in the service’s order, and writes back as nothing but the year', () => {
    const state = readQuery({ year: '2023' })
    expect(state).toMatchObject({ page: 1, size: 20, sort: undefined, status: [], grade: [], light: [] })
    expect(writeQuery(state)).toEqual({ year: '2023' })
  })

  it('what the service would refuse is dropped from a hand-edited link, not sent', () => {
    const state = readQuery({
      year: 'last', status: 'DRAFT,LOST', grade: '甲', light: 'BLUE', minScore: '101', maxScore: '8.999',
      sort: 'salary,desc', page: '-2', size: '33',
    })
    expect(state).toMatchObject({
      year: undefined, status: ['DRAFT'], grade: [], light: [], minScore: undefined, maxScore: undefined,
      sort: undefined, page: 1, size: 20,
    })
  })

  it('repeated parameters read as one list, as Vue Router gives them', () => {
    expect(readQuery({ status: ['DRAFT', 'RETURNED'] }).status).toEqual(['DRAFT', 'RETURNED'])
  })

  it('asks the service for the page counted from 0, the lists comma-joined', () => {
    const url = overviewUrl({ ...readQuery({ status: 'SUBMITTED,UNDER_REVIEW', grade: '优', q: ' 民族 ', page: '2' }), year: 2023 })
    expect(url).toBe('/api/evaluations/overview?year=2023&page=1&size=20&status=SUBMITTED%2CUNDER_REVIEW&grade=%E4%BC%98&q=%E6%B0%91%E6%97%8F')
  })
})

describe('全区概览: sorting is the service’s', () => {
  it('a click on a column header becomes the sort parameter, a third click the service’s own order', () => {
    expect(sortFromTable('score', 'descending')).toBe('score,desc')
    expect(sortFromTable('budget', 'ascending')).toBe('budget,asc')
    expect(sortFromTable('score', null)).toBeUndefined()
    expect(sortFromTable('unknown', 'ascending')).toBeUndefined()
  })

  it('the sort parameter shows as the header’s arrow', () => {
    expect(sortToTable('rate,desc')).toEqual({ prop: 'rate', order: 'descending' })
    expect(sortToTable('street')).toEqual({ prop: 'street', order: 'ascending' })
    expect(sortToTable(undefined)).toBeUndefined()
  })
})

describe('全区概览: counts and the year shown first', () => {
  const answer = (projects: number, total?: number) =>
    ({ rows: [], total, summary: { projects, budget: 0, executed: 0, executionRate: null, gradeDistribution: [] } }) as unknown as DistrictOverview

  it('the pager counts the filtered rows; a service without that count pages over every project', () => {
    expect(totalOf(answer(6000, 42))).toBe(42)
    expect(totalOf(answer(2))).toBe(2)
  })

  it('opens at the latest year that has a project, from next year back', async () => {
    api.get.mockReset()
    api.get.mockImplementation((url: string) => Promise.resolve(answer(url.includes('year=2023') ? 2 : 0)))
    expect(await latestYearWithData(new Date(2026, 11, 7))).toBe(2023)
    expect(api.get.mock.calls.map(([url]) => /year=(\d+)/.exec(url)![1])).toEqual(['2027', '2026', '2025', '2024', '2023'])
  })
})
