/** A template version as evaluation-service answers it, for the specs. */
import type { TemplateVersion } from '@/api/templates'

export function nationalV1(): TemplateVersion {
  return {
    id: 'national-default', version: 1, name: '全国通用项目支出绩效自评模板', ownerDistrictId: null, basedOn: null,
    parts: [
      { part: 'BUDGET_EXECUTION', weight: 10 }, { part: 'OUTPUT', weight: 50 },
      { part: 'EFFECT', weight: 30 }, { part: 'SATISFACTION', weight: 10 },
    ],
    gradeBands: { bands: [
      { grade: '优', minimumTotal: 90, label: '优秀' }, { grade: '良', minimumTotal: 80, label: '良好' },
      { grade: '中', minimumTotal: 60, label: '中等' }, { grade: '差', minimumTotal: 0, label: '差' },
    ] },
    reverseFormula: 'BAND',
    qualitativeBands: { bands: [
      { grade: 'ACHIEVED', label: '达成年度指标', fromPercent: 80, toPercent: 100 },
      { grade: 'PARTLY_ACHIEVED', label: '部分达成年度指标并具有一定效果', fromPercent: 60, toPercent: 80 },
      { grade: 'NOT_ACHIEVED', label: '未达成年度指标且效果较差', fromPercent: 0, toPercent: 60 },
    ] },
    executionRate: { roundRateToWholePercent: false, scorePrintedRate: false },
    rescaleNotApplicable: false,
    deviationNotes: { indicatorBelowPercentOfWeight: 100, executionRateBelowPercent: 90 },
    reportSections: ['项目基本情况', '绩效评价工作情况'],
    equalRule: 'LIKE_POSITIVE', defaultDirection: 'POSITIVE', sameCountUnits: ['个', '项', '件'],
  }
}
