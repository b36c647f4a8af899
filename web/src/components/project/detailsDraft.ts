import type { ProjectDetails, ProjectStatus } from '@/api/projects'

/**
 * The details form as a street editor fills it in, and what is kept of it when someone else saved first (409):
 * the texts they typed stay beside the reloaded ones, so nothing typed is lost.
 */
export interface DetailsDraft {
  name: string
  competentDepartment: string
  implementingUnit: string
  fundCategory: string
  fundingSources: string[]
  period: [string, string] | null
  status: ProjectStatus
  overview: string
  overallGoal: string
  annualGoals: string[]
}

export function draftOf(details: ProjectDetails): DetailsDraft {
  return {
    name: details.name ?? '',
    competentDepartment: details.competentDepartment ?? '',
    implementingUnit: details.implementingUnit ?? '',
    fundCategory: details.fundCategory ?? '',
    fundingSources: [...(details.fundingSources ?? [])],
    period: details.periodStart && details.periodEnd ? [details.periodStart, details.periodEnd] : null,
    status: details.status ?? 'REGISTERED',
    overview: details.overview ?? '',
    overallGoal: details.overallGoal ?? '',
    annualGoals: details.annualGoals?.length ? [...details.annualGoals] : [''],
  }
}

/** What PUT /api/projects/{id} takes: blank texts are left out, blank goals dropped, the order of goals kept. */
export function detailsOf(draft: DetailsDraft): ProjectDetails {
  const text = (value: string) => (value.trim() === '' ? null : value.trim())
  return {
    name: draft.name.trim(),
    competentDepartment: draft.competentDepartment.trim(),
    implementingUnit: draft.implementingUnit.trim(),
    fundCategory: text(draft.fundCategory),
    fundingSources: draft.fundingSources.map((s) => s.trim()).filter(Boolean),
    periodStart: draft.period?.[0] ?? null,
    periodEnd: draft.period?.[1] ?? null,
    status: draft.status,
    overview: text(draft.overview),
    overallGoal: text(draft.overallGoal),
    annualGoals: draft.annualGoals.map((g) => g.trim()).filter(Boolean),
  }
}

/** The long texts a 409 keeps side by side, with their labels. */
export const keptTexts = [
  { key: 'overview', label: '项目概况' },
  { key: 'overallGoal', label: '总目标' },
  { key: 'annualGoals', label: '年度目标' },
] as const

export type KeptKey = (typeof keptTexts)[number]['key']

/** Joined for comparison and display: 年度目标 numbered as the report prints them. */
export function textOf(draft: DetailsDraft, key: KeptKey): string {
  if (key === 'annualGoals') {
    return draft.annualGoals
      .map((g) => g.trim())
      .filter(Boolean)
      .map((g, i) => `${i + 1}. ${g}`)
      .join('\n')
  }
  return draft[key].trim()
}

/**
 * After a 409 the form takes the version someone else saved; for each long text where what this user typed differs
 * from it, their text is kept to be shown beside the reloaded one and taken over with one click.
 */
export function keptAfterConflict(mine: DetailsDraft, reloaded: DetailsDraft): Partial<Record<KeptKey, DetailsDraft>> {
  const kept: Partial<Record<KeptKey, DetailsDraft>> = {}
  for (const { key } of keptTexts) {
    if (textOf(mine, key) !== textOf(reloaded, key)) kept[key] = mine
  }
  return kept
}

/** Takes this user's text of one field over into the form. */
export function takeMine(form: DetailsDraft, mine: DetailsDraft, key: KeptKey): void {
  if (key === 'annualGoals') form.annualGoals = [...mine.annualGoals]
  else form[key] = mine[key]
}

/** Whether the form differs from what was loaded (asks before leaving with unsaved changes). */
export function changed(a: DetailsDraft, b: DetailsDraft): boolean {
  return JSON.stringify(detailsOf(a)) !== JSON.stringify(detailsOf(b))
}
