import { describe, expect, it } from 'vitest'
import { byAttention, districtQuery } from './redFlags'
import { dismissedDuplicate, rules, splitFlag } from '@/testing/redFlagAnswers'

describe('审计线索 as the pages ask for and order them', () => {
  it('asks for the district’s counts of a year and a street, leaving out what is not chosen', () => {
    expect(districtQuery({})).toBe('')
    expect(districtQuery({ year: 2023 })).toBe('?year=2023')
    expect(districtQuery({ year: 2023, streetId: 'jixiao:panlong:jinchen' })).toBe('?year=2023&streetId=jixiao%3Apanlong%3Ajinchen')
  })

  it('shows the flags still to be looked at first, then in the order of the rules', () => {
    const decided = dismissedDuplicate()
    const open = splitFlag()
    const earlierRuleDecided = { ...splitFlag(), key: 'k2', status: 'RECTIFICATION' as const }
    expect(byAttention([decided, earlierRuleDecided, open], rules()).map((flag) => flag.key))
      .toEqual([open.key, 'k2', decided.key])
  })
})
