import { http, upload } from './http'

/** Satisfaction surveys of a self-evaluation as evaluation-service shows them (SurveyView, Questionnaire, SurveyAnalysis). */
export interface Question {
  number: number
  text: string
  scale: string[]
  satisfiedAnswers: string[]
}

export interface Questionnaire {
  title: string
  indicatorId: string
  questions: Question[]
  decidingQuestion: number
}

export interface AnswerCount {
  answer: string
  count: number
  countsAsSatisfied: boolean
}

export interface SurveyAnalysis {
  surveyId: string
  indicatorId: string
  title: string
  respondents: number
  validRespondents: number
  satisfied: number
  satisfactionPercent: number
  questions: Array<{ text: string; answers: AnswerCount[] }>
}

export interface Survey {
  id: string
  evaluationId: string
  questionnaire: Questionnaire
  counted: boolean
  source: string | null
  respondents: number | null
  invalidRespondents: number | null
  rateExplanation: string | null
  analysis: SurveyAnalysis | null
  rowProblems: Array<{ row: number; problem: string }>
  rowProblemCount: number
  recordedAt: string | null
  recordedBy: string | null
}

/** What POST …/surveys takes (DefineSurvey). */
export interface DefineSurvey {
  title: string
  indicatorId: string
  questions: Array<{ text: string; scale?: string[]; satisfiedAnswers?: string[] }>
  decidingQuestion: number
}

/** What PUT …/counts takes (EnterCounts): per question, how many respondents chose each answer. */
export interface EnterCounts {
  questions: Array<{ number: number; counts: Record<string, number> }>
  invalidRespondents: number
}

/** The five-level scale the service offers by default (Question.FIVE_LEVELS), best first. */
export const FIVE_LEVELS = ['非常满意', '满意', '一般', '不满意', '非常不满意']

/** SurveyController.MAX_FILE_SIZE */
export const RESPONSES_MAX_BYTES = 10 * 1024 * 1024

const base = (evaluationId: string) => `/api/evaluations/${encodeURIComponent(evaluationId)}/surveys`

export const surveysApi = {
  list: (evaluationId: string) => http.get<Survey[]>(base(evaluationId)),
  define: (evaluationId: string, survey: DefineSurvey) => http.post<Survey>(base(evaluationId), survey),
  enterCounts: (evaluationId: string, surveyId: string, counts: EnterCounts) =>
    http.put<Survey>(`${base(evaluationId)}/${encodeURIComponent(surveyId)}/counts`, counts),
  importResponses: (evaluationId: string, surveyId: string, file: File, onProgress: (percent: number) => void) => {
    const form = new FormData()
    form.append('file', file)
    return upload<Survey>(`${base(evaluationId)}/${encodeURIComponent(surveyId)}/responses`, form, onProgress)
  },
}
