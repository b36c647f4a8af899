import type { GapReport, SampledEvaluation, SampledReview } from '@/api/sampledReviews'

/** A sample as evaluation-service answers it: two drawn in 金辰街道, one in 拓东街道, one line re-scored. */
export function evaluationOf(evaluationId: string, streetId: string, code: string, reScored = false): SampledEvaluation {
  return {
    evaluationId,
    projectId: `P-${evaluationId}`,
    streetId,
    projectCode: code,
    projectName: '社区睦邻家园建设专项资金',
    round: 1,
    selfTotal: 100,
    selfGrade: '优',
    reviewTotal: reScored ? 90 : null,
    reviewGrade: reScored ? '优' : null,
    linesReScored: reScored ? 1 : 0,
    linesToReScore: 2,
    lines: [
      {
        lineId: 'execution', part: 'EXECUTION', partLabel: '预算执行率', dimensionLabel: null, name: '预算执行率',
        weight: 10, selfScore: 10, notApplicable: false, reScore: null, reason: null, reviewer: null, reScoredAt: null,
      },
      {
        lineId: 'activities', part: 'OUTPUT', partLabel: '产出指标', dimensionLabel: '数量指标', name: '开展主题活动次数',
        weight: 50, selfScore: 50, notApplicable: false, reScore: reScored ? 40 : null, reason: reScored ? '台账仅能证实 40 次' : null,
        reviewer: reScored ? 'panlong-overseer' : null, reScoredAt: reScored ? '2024-03-01T02:00:00Z' : null,
      },
    ],
  }
}

export function sample(): SampledReview {
  return {
    id: 'S1',
    districtId: 'jixiao:panlong',
    year: 2023,
    seed: 20240301,
    size: { share: 0.5, count: null },
    population: ['e1', 'e2', 'e3', 'e4', 'e5'].map((id, i) => ({ evaluationId: id, projectId: `P-${id}`, streetId: i < 3 ? 'jixiao:panlong:jinchen' : 'jixiao:panlong:tuodong' })),
    drawnBy: 'panlong-overseer',
    drawnAt: '2024-03-01T01:00:00Z',
    evaluations: [
      evaluationOf('e1', 'jixiao:panlong:jinchen', '530103-2023-A', true),
      evaluationOf('e2', 'jixiao:panlong:jinchen', '530103-2023-B'),
      evaluationOf('e4', 'jixiao:panlong:tuodong', '530103-2023-D'),
    ],
  }
}

const row = (key: string, label: string, parent: string | null, self: number, review: number) => ({
  key, label, parent, evaluations: 1, lines: 1, selfScore: self, reviewScore: review, gap: self - review,
  gapPerEvaluation: self - review, gapPercent: ((self - review) * 100) / self,
})

export function gapReport(): GapReport {
  return {
    sampleId: 'S1',
    year: 2023,
    drawn: 3,
    streets: [row('jixiao:panlong:jinchen', 'jixiao:panlong:jinchen', null, 50, 40)],
    parts: [row('OUTPUT', '产出指标', null, 50, 40)],
    dimensions: [row('QUANTITY', '数量指标', 'OUTPUT', 50, 40)],
    overall: row('ALL', '全部', null, 50, 40),
  }
}
