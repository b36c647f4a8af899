/**
 * A questionnaire as the street drafts it, checked as they type with the service's rules (Questionnaire,
 * Question): a title and an indicator, at least one question, each with text, a scale without blanks or
 * repeats, and answers counted as satisfied taken from its scale; the deciding question must exist.
 */
import { FIVE_LEVELS, type DefineSurvey, type EnterCounts, type Questionnaire } from '@/api/surveys'

export interface DraftQuestion {
  text: string
  /** one answer per line or separated by 、 or commas, best first */
  scale: string
  satisfied: string[]
}

export interface DraftQuestionnaire {
  title: string
  indicatorId: string
  questions: DraftQuestion[]
  decidingQuestion: number
}

export const newQuestion = (text = ''): DraftQuestion => ({ text, scale: FIVE_LEVELS.join('、'), satisfied: FIVE_LEVELS.slice(0, 2) })

export function scaleOf(question: DraftQuestion): string[] {
  return question.scale.split(/[、,，;；\n]/).map((a) => a.trim()).filter((a) => a.length > 0)
}

export interface QuestionnaireProblems {
  title?: string
  indicatorId?: string
  questions: Array<{ text?: string; scale?: string; satisfied?: string }>
  general?: string
}

export function problemsOf(draft: DraftQuestionnaire): QuestionnaireProblems {
  const problems: QuestionnaireProblems = { questions: [] }
  if (!draft.title.trim()) problems.title = '请填写问卷标题'
  if (!draft.indicatorId) problems.indicatorId = '请选择问卷对应的满意度指标'
  if (!draft.questions.length) problems.general = '问卷至少要有一道题'
  else if (draft.decidingQuestion < 1 || draft.decidingQuestion > draft.questions.length) problems.general = '请选择决定满意度的题目'
  problems.questions = draft.questions.map((q) => {
    const p: { text?: string; scale?: string; satisfied?: string } = {}
    const scale = scaleOf(q)
    if (!q.text.trim()) p.text = '请填写题目'
    if (scale.length < 2) p.scale = '至少两个选项'
    else if (new Set(scale).size !== scale.length) p.scale = '选项重复'
    const satisfied = q.satisfied.filter((a) => scale.includes(a))
    if (!satisfied.length) p.satisfied = '请勾选计为满意的选项'
    return p
  })
  return problems
}

export function isValid(problems: QuestionnaireProblems): boolean {
  return !problems.title && !problems.indicatorId && !problems.general && problems.questions.every((q) => !q.text && !q.scale && !q.satisfied)
}

export function requestOf(draft: DraftQuestionnaire): DefineSurvey {
  return {
    title: draft.title.trim(),
    indicatorId: draft.indicatorId,
    decidingQuestion: draft.decidingQuestion,
    questions: draft.questions.map((q) => {
      const scale = scaleOf(q)
      return { text: q.text.trim(), scale, satisfiedAnswers: q.satisfied.filter((a) => scale.includes(a)) }
    }),
  }
}

/**
 * Counts typed per answer, for a questionnaire tallied on paper: whole numbers, none negative, and at least one
 * valid answer to the deciding question (else there is no rate).
 */
export type TypedCounts = Record<number, Record<string, string>>

export function countsProblem(questionnaire: Questionnaire, typed: TypedCounts, invalid: string): string | undefined {
  const whole = (text: string | undefined) => /^\d+$/.test((text ?? '').trim() || '0')
  for (const question of questionnaire.questions) {
    for (const answer of question.scale) {
      if (!whole(typed[question.number]?.[answer])) return `第 ${question.number} 题“${answer}”的人数应为不小于 0 的整数`
    }
  }
  if (!whole(invalid)) return '无效问卷数应为不小于 0 的整数'
  const deciding = questionnaire.questions.find((q) => q.number === questionnaire.decidingQuestion)
  const answered = (deciding?.scale ?? []).reduce((n, a) => n + Number((typed[questionnaire.decidingQuestion]?.[a] ?? '').trim() || '0'), 0)
  if (answered === 0) return `决定满意度的第 ${questionnaire.decidingQuestion} 题至少要有一人作答`
  return undefined
}

export function countsRequest(questionnaire: Questionnaire, typed: TypedCounts, invalid: string): EnterCounts {
  return {
    questions: questionnaire.questions.map((q) => ({
      number: q.number,
      counts: Object.fromEntries(q.scale.map((a) => [a, Number((typed[q.number]?.[a] ?? '').trim() || '0')])),
    })),
    invalidRespondents: Number(invalid.trim() || '0'),
  }
}
