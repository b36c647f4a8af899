import { describe, expect, it } from 'vitest'
import { countsProblem, countsRequest, isValid, newQuestion, problemsOf, requestOf, scaleOf, type DraftQuestionnaire } from './questionnaire'

const draft = (over: Partial<DraftQuestionnaire> = {}): DraftQuestionnaire => ({
  title: '居民满意度调查问卷', indicatorId: 'jc-residents', questions: [newQuestion('总体满意度')], decidingQuestion: 1, ...over,
})

describe('a questionnaire as the street drafts it', () => {
  it('offers the five-level scale with the top two counted as satisfied', () => {
    const q = newQuestion('总体满意度')
    expect(scaleOf(q)).toEqual(['非常满意', '满意', '一般', '不满意', '非常不满意'])
    expect(q.satisfied).toEqual(['非常满意', '满意'])
    expect(isValid(problemsOf(draft()))).toBe(true)
  })

  it('reads a scale typed with 顿号, commas or lines', () => {
    expect(scaleOf({ text: '', scale: '满意，基本满意, 不满意\n很不满意', satisfied: [] })).toEqual(['满意', '基本满意', '不满意', '很不满意'])
  })

  it('lists what the service would refuse', () => {
    const problems = problemsOf(draft({
      title: ' ', indicatorId: '',
      questions: [{ text: '', scale: '满意、满意', satisfied: ['满意'] }, { text: '设施', scale: '好、差', satisfied: ['非常满意'] }],
      decidingQuestion: 3,
    }))
    expect(problems.title).toBe('请填写问卷标题')
    expect(problems.indicatorId).toBe('请选择问卷对应的满意度指标')
    expect(problems.general).toBe('请选择决定满意度的题目')
    expect(problems.questions[0]).toEqual({ text: '请填写题目', scale: '选项重复' })
    expect(problems.questions[1]).toEqual({ satisfied: '请勾选计为满意的选项' })
  })

  it('sends the questions numbered by their order, satisfied answers taken from the scale', () => {
    const request = requestOf(draft({ questions: [{ text: ' 总体 ', scale: '满意、一般、不满意', satisfied: ['满意', '非常满意'] }] }))
    expect(request).toEqual({
      title: '居民满意度调查问卷', indicatorId: 'jc-residents', decidingQuestion: 1,
      questions: [{ text: '总体', scale: ['满意', '一般', '不满意'], satisfiedAnswers: ['满意'] }],
    })
  })
})

describe('counts tallied on paper', () => {
  const FIVE = ['非常满意', '满意', '一般', '不满意', '非常不满意']
  const questionnaire = { title: 't', indicatorId: 'i', decidingQuestion: 1, questions: [
    { number: 1, text: '总体', scale: FIVE, satisfiedAnswers: FIVE.slice(0, 2) },
    { number: 2, text: '活动', scale: FIVE, satisfiedAnswers: FIVE.slice(0, 2) },
  ] }

  it('are whole numbers, blank counting as none, with someone answering the deciding question', () => {
    expect(countsProblem(questionnaire, { 1: { 非常满意: '138', 满意: '54' } }, '3')).toBeUndefined()
    expect(countsProblem(questionnaire, { 1: { 满意: '5.5' } }, '')).toBe('第 1 题“满意”的人数应为不小于 0 的整数')
    expect(countsProblem(questionnaire, { 2: { 满意: '5' } }, '')).toBe('决定满意度的第 1 题至少要有一人作答')
    expect(countsProblem(questionnaire, { 1: { 满意: '5' } }, '-1')).toBe('无效问卷数应为不小于 0 的整数')
  })

  it('are sent for every answer of every question', () => {
    expect(countsRequest(questionnaire, { 1: { 非常满意: '138', 满意: '54' } }, '3')).toEqual({
      questions: [
        { number: 1, counts: { 非常满意: 138, 满意: 54, 一般: 0, 不满意: 0, 非常不满意: 0 } },
        { number: 2, counts: { 非常满意: 0, 满意: 0, 一般: 0, 不满意: 0, 非常不满意: 0 } },
      ],
      invalidRespondents: 3,
    })
  })
})
