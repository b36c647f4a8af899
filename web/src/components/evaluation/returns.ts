import type { HistoryEntry } from '@/api/evaluations'

/** One return of the district's overseer to the street: what to change, who said it, when. */
export interface ReturnComment {
  comment: string
  actor: string
  at: string
}

/** The user name of a history entry's actor ("jixiao:panlong:panlong-overseer" → "panlong-overseer"). */
export const actorName = (actor: string) => actor.split(':').pop() ?? actor

/** The returns of a round, newest first. */
export function returnsOf(history: HistoryEntry[] | undefined | null): ReturnComment[] {
  return (history ?? [])
    .filter((entry) => entry.step === 'RETURN')
    .map((entry) => ({ comment: entry.comment?.trim() || '（未填写退回意见）', actor: actorName(entry.actor), at: entry.at }))
    .sort((a, b) => b.at.localeCompare(a.at))
}

export const formatWhen = (instant: string) => new Date(instant).toLocaleString('zh-CN', { hour12: false })
