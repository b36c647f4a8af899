import { describe, expect, it } from 'vitest'
import type { EvaluationStatus, ReviewScore } from '@/api/evaluations'
import {
  actionsFor, changedLines, draftsOf, returnCommentProblem, reviewScoreProblem, SAME_AS_SELF, scoresEditable,
  type ReviewableLine,
} from './rules'

const steps = (status: EvaluationStatus, canReview = true) => actionsFor(status, canReview).map((a) => a.testid)

describe('the steps a reviewer is offered', () => {
  it('a submitted evaluation can only be taken under review', () => {
    expect(steps('SUBMITTED')).toEqual(['review-start'])
  })

  it('under review it is approved or returned', () => {
    expect(steps('UNDER_REVIEW')).toEqual(['review-approve', 'review-return'])
  })

  it('an approved evaluation is finalized and a finalized one reopened', () => {
    expect(steps('APPROVED')).toEqual(['review-finalize'])
    expect(steps('FINALIZED')).toEqual(['review-reopen'])
  })

  it('a draft or a returned evaluation is the street’s: the district is offered nothing', () => {
    expect(steps('DRAFT')).toEqual([])
    expect(steps('RETURNED')).toEqual([])
  })

  it('whoever may not review (an auditor) is offered nothing in any status', () => {
    for (const status of ['SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'FINALIZED'] as EvaluationStatus[]) {
      expect(steps(status, false)).toEqual([])
    }
  })

  it('复核分 are entered only under review and only by a reviewer', () => {
    expect(scoresEditable('UNDER_REVIEW', true)).toBe(true)
    expect(scoresEditable('UNDER_REVIEW', false)).toBe(false)
    expect(scoresEditable('SUBMITTED', true)).toBe(false)
    expect(scoresEditable('APPROVED', true)).toBe(false)
  })
})

describe('a return comment', () => {
  it('is required and says at least five characters of what to change', () => {
    expect(returnCommentProblem('')).toContain('请填写退回意见')
    expect(returnCommentProblem('   ')).toContain('请填写退回意见')
    expect(returnCommentProblem('请补充')).toContain('至少 5 个字')
    expect(returnCommentProblem('请补充签到表')).toBe('')
  })
})

const activities: ReviewableLine = {
  key: 'activities', indicatorId: 'activities', name: '开展主题活动次数', weight: 50, score: 40, notApplicable: false,
}
const execution: ReviewableLine = {
  key: 'execution', indicatorId: null, name: '预算执行率', weight: 10, score: '8.00', notApplicable: false,
}

describe('a 复核分', () => {
  it('lies between 0 and the line’s 分值', () => {
    expect(reviewScoreProblem(activities, { score: '50', reason: '台账齐全' })).toBe('')
    expect(reviewScoreProblem(activities, { score: '0', reason: '无台账' })).toBe('')
    expect(reviewScoreProblem(activities, { score: '50.01', reason: '多给' })).toBe('复核分应在 0 至 50.00 分之间')
    expect(reviewScoreProblem(activities, { score: '-1', reason: '扣分' })).toContain('不小于 0')
  })

  it('has at most two decimals and is a number', () => {
    expect(reviewScoreProblem(activities, { score: '35.125', reason: '理由' })).toContain('最多两位小数')
    expect(reviewScoreProblem(activities, { score: '三十五', reason: '理由' })).toContain('最多两位小数')
  })

  it('needs a reason when it differs from the self-score, and none when it agrees', () => {
    expect(reviewScoreProblem(activities, { score: '35', reason: '' })).toBe('复核分与自评分不同，请说明理由')
    expect(reviewScoreProblem(activities, { score: '40.00', reason: '' })).toBe('')
    expect(reviewScoreProblem(execution, { score: '8', reason: '' })).toBe('')
  })

  it('left empty is no change; a reason without a score asks for the score', () => {
    expect(reviewScoreProblem(activities, { score: '', reason: '' })).toBe('')
    expect(reviewScoreProblem(activities, { score: ' ', reason: '只写了理由' })).toBe('请填写复核分')
  })
})

describe('the 复核分 to save', () => {
  const stored: ReviewScore[] = [
    { indicatorId: 'activities', score: 35, reason: '台账只能证实7次活动', reviewer: 'panlong-overseer', at: '2026-12-07T05:00:00Z' },
  ]

  it('start from what is stored, the execution line keyed as such', () => {
    const drafts = draftsOf([execution, activities], stored)
    expect(drafts).toEqual({
      execution: { score: '', reason: '' },
      activities: { score: '35.00', reason: '台账只能证实7次活动' },
    })
  })

  it('are the lines typed that differ from what is stored, as text with two decimals', () => {
    const drafts = draftsOf([execution, activities], stored)
    expect(changedLines([execution, activities], drafts, stored)).toEqual([])
    drafts.execution = { score: '7.5', reason: '部分支出不属于本项目' }
    drafts.activities = { score: '35', reason: '台账只能证实7次活动' }
    const changes = changedLines([execution, activities], drafts, stored)
    expect(changes).toEqual([{ line: execution, score: '7.50', reason: '部分支出不属于本项目' }])
  })

  it('say why when the reviewer agrees with the self-score without a word', () => {
    const changes = changedLines([execution], { execution: { score: '8', reason: '' } }, [])
    expect(changes[0].reason).toBe(SAME_AS_SELF)
    expect(changes[0].line.indicatorId).toBeNull()
  })
})
