import type { Mock } from 'vitest'
import type * as HttpModule from '@/api/http'

/** What a GET of a URL answers: the body itself, or worked out from the request's query as the service would. */
export type Answer = unknown | ((query: URLSearchParams) => unknown)

/** The services' answers a spec gives: by URL for reading, mocks for writing. */
export interface Answers {
  get: Map<string, Answer>
  post?: Mock
  put?: Mock
  /** every URL read, in order, where a spec looks at what the page asked for */
  requested?: string[]
}

/**
 * The http module answering from `answers`, the rest of it (ApiProblem, chinese, ...) real: a page talks to the
 * services only through `http`, so a spec replaces that and nothing else. A GET of a URL not given is a 404, as the
 * gateway answers it; each answer is a copy, so a page changing what it read does not change the next answer. With
 * `byPath`, a GET is answered by its path and the query goes to the answer's function.
 *
 * A spec hands it to vi.mock (hoisted above the imports, so it imports this module itself):
 *   vi.mock('@/api/http', async (original) => (await import('@/testing/fakeHttp')).answering(await original(), answers))
 */
export function answering(real: typeof HttpModule, answers: Answers, { byPath = false } = {}) {
  const get = async (url: string) => {
    answers.requested?.push(url)
    const [path, query] = url.split('?')
    const key = byPath ? path : url
    if (!answers.get.has(key)) throw new real.ApiProblem(404, { title: '未找到 / Not found' })
    const answer = answers.get.get(key)
    return structuredClone(typeof answer === 'function' ? answer(new URLSearchParams(query)) : answer)
  }
  return { ...real, http: { get, post: answers.post, put: answers.put } }
}

/** The names of 盘龙区's streets, as the directory asks for them (GET /api/tenants/names). */
export const STREET_NAMES_URL = '/api/tenants/names'
export const streetNames = (streets: Record<string, string>) => ({
  districts: [{ id: 'jixiao:panlong', name: '盘龙区', streets: Object.entries(streets).map(([id, name]) => ({ id, name })) }],
})
