import { describe, expect, it } from 'vitest'
import { nationalV1 } from './templateFixtures'
import { changeOf, checkWeightSum, diffVersions, draftOf, percent } from './templateRules'

describe('the weights of a template as they are typed', () => {
  const lines = (weights: Record<string, string>) =>
    (['BUDGET_EXECUTION', 'OUTPUT', 'EFFECT', 'SATISFACTION', 'COST'] as const).map((part) => ({ part, weight: weights[part] ?? '' }))

  it('addsUpExactlyToOneHundredWithHundredths', () => {
    const sum = checkWeightSum(lines({ BUDGET_EXECUTION: '10', OUTPUT: '33.33', EFFECT: '33.33', SATISFACTION: '23.34' }))
    expect(sum.text).toBe('100.00')
    expect(sum.fits).toBe(true)
    expect(sum.problems).toEqual([])
  })

  it('saysHowFarTheSumIsFromOneHundred', () => {
    const sum = checkWeightSum(lines({ BUDGET_EXECUTION: '10', OUTPUT: '60', EFFECT: '20.5' }))
    expect(sum.text).toBe('90.50')
    expect(sum.fits).toBe(false)
    expect(sum.problems).toEqual(['各部分分值合计应为 100，实为 90.50'])
  })

  it('refusesANegativeWeightOrMoreThanTwoDecimals', () => {
    const sum = checkWeightSum(lines({ BUDGET_EXECUTION: '10', OUTPUT: '-5', EFFECT: '95.001' }))
    expect(sum.problems).toContain('产出指标 的分值 -5 应为正数且至多两位小数')
    expect(sum.problems).toContain('效益指标 的分值 95.001 应为正数且至多两位小数')
  })

  it('needsTheBudgetExecutionPartAndAnIndicatorPart', () => {
    expect(checkWeightSum(lines({ OUTPUT: '100' })).problems).toEqual(['缺少预算执行率分值'])
    expect(checkWeightSum(lines({ BUDGET_EXECUTION: '100' })).problems).toEqual(['缺少绩效指标分值'])
  })
})

describe('the difference between two versions', () => {
  it('listsChangedWeightsBandsAndRulesAsBeforeAndAfter', () => {
    const before = nationalV1()
    const after = structuredClone(before)
    after.version = 2
    after.parts = [{ part: 'BUDGET_EXECUTION', weight: 20 }, { part: 'OUTPUT', weight: 50 }, { part: 'EFFECT', weight: 30 }]
    after.gradeBands.bands[0] = { grade: '优', minimumTotal: 85, label: '优秀' }
    after.reverseFormula = 'RATIO'
    after.executionRate.roundRateToWholePercent = true
    after.qualitativeBands.bands[1].fromPercent = 50
    after.qualitativeBands.bands[2].toPercent = 50

    expect(diffVersions(before, after)).toEqual([
      { section: '分值', what: '预算执行率', before: '10.00', after: '20.00' },
      { section: '分值', what: '满意度指标', before: '10.00', after: '不计分' },
      { section: '自评等级', what: '优', before: '90.00 分起（优秀）', after: '85.00 分起（优秀）' },
      { section: '计分规则', what: '反向指标计分', before: '超出指标值按比例扣分，达到两倍时得 0 分', after: '指标值 ÷ 实际完成值 × 分值' },
      { section: '计分规则', what: '执行率先取整到百分之一', before: '否', after: '是' },
      { section: '定性等级', what: '部分达成年度指标并具有一定效果 的得分区间', before: '60%–80%', after: '50%–80%' },
      { section: '定性等级', what: '未达成年度指标且效果较差 的得分区间', before: '0%–60%', after: '0%–50%' },
    ])
  })

  it('findsNothingBetweenACopyAndItsOriginal', () => {
    const copy = { ...nationalV1(), id: 'c', ownerDistrictId: 'jixiao:panlong' }
    expect(diffVersions(nationalV1(), copy)).toEqual([])
  })

  it('namesAGradeOfTheQualitativeScaleThatCameOrWent', () => {
    const after = nationalV1()
    after.qualitativeBands.bands = [
      { grade: '优', label: '优', fromPercent: 90, toPercent: 100 }, { grade: '差', label: '差', fromPercent: 0, toPercent: 90 },
    ]
    const changes = diffVersions(nationalV1(), after).filter((c) => c.section === '定性等级')
    expect(changes).toContainEqual({ section: '定性等级', what: '达成年度指标 的得分区间', before: '80%–100%', after: '无' })
    expect(changes).toContainEqual({ section: '定性等级', what: '优 的得分区间', before: '无', after: '90%–100%' })
  })

  it('namesARenamedGradeAndAReorderedScale', () => {
    const renamed = nationalV1()
    renamed.qualitativeBands.bands[0].label = '完全达成'
    expect(diffVersions(nationalV1(), renamed)).toEqual([
      { section: '定性等级', what: '完全达成 的名称', before: '达成年度指标', after: '完全达成' },
    ])
  })
})

describe('the editor', () => {
  it('sendsTheSettingsAsTypedOnTheVersionItOpened', () => {
    const draft = draftOf(nationalV1())
    draft.parts.find((p) => p.part === 'OUTPUT')!.weight = ' 40 '
    draft.parts.find((p) => p.part === 'COST')!.weight = '10'
    draft.sameCountUnits = '个、项， 件 次'
    const change = changeOf(draft, 1)
    expect(change.basedOnVersion).toBe(1)
    expect(change.parts).toEqual([
      { part: 'BUDGET_EXECUTION', weight: '10' }, { part: 'OUTPUT', weight: '40' }, { part: 'EFFECT', weight: '30' },
      { part: 'SATISFACTION', weight: '10' }, { part: 'COST', weight: '10' },
    ])
    expect(change.sameCountUnits).toEqual(['个', '项', '件', '次'])
    expect(change.gradeBands?.[0]).toEqual({ grade: '优', minimumTotal: '90', label: '优秀' })
  })

  it('printsPercentagesWithoutTrailingZeros', () => {
    expect(percent(80)).toBe('80%')
    expect(percent('62.50')).toBe('62.5%')
    expect(percent(0)).toBe('0%')
  })
})
