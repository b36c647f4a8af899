import seed from './seedProject.json'

/**
 * What the shared stack answered for the seed project 金辰街道 (98.00 优) to panlong-auditor, trimmed: the project is P1,
 * its evaluation E1. A spec routes its mocked http.get through answerOf, so every page can be mounted with real shapes.
 */
const answers = seed as Record<string, unknown>

export function answerOf(url: string): unknown {
  const exact = answers[url]
  if (exact !== undefined) return structuredClone(exact)
  const path = url.split('?')[0]
  if (answers[path] !== undefined) return structuredClone(answers[path])
  throw new Error(`no seed answer for ${url}`)
}

export const seedProject = () => answerOf('/api/projects/P1') as Record<string, unknown>
export const seedEvaluation = () => (answerOf('/api/evaluations?projectId=P1') as unknown[])[0] as Record<string, unknown>
