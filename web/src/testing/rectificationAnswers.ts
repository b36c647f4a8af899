/**
 * project-service's 整改 answers for the seed project P1 (金辰街道, 2023), in the shapes of
 * cn.jixiao.project.rectification (RectificationView, ProjectRectifications, RectificationList) and with its labels:
 * an item from the monitoring round's red line sent back by the district (open again, with its comment), one from a
 * 复核 deduction with the street's measures awaiting the district, one entered by hand and confirmed; and last year's
 * item of the same project code, still open and overdue.
 */
export const P1 = 'P1'
export const JINCHEN = 'jixiao:panlong:jinchen'

const item = (id: string, fields: Record<string, unknown>) => ({
  id, projectId: P1, streetId: JINCHEN, projectCode: '530103-2023-MZTJ-001', year: 2023,
  finding: '', source: 'MANUAL', sourceLabel: '区复核人员录入', reference: null, deadline: '2023-09-30', deadlineDays: null,
  state: 'OPEN', stateLabel: '待整改', overdue: false, measures: null, evidenceIds: [], comment: null,
  openedAt: '2023-07-20T02:00:00Z', changedAt: '2023-07-20T02:00:00Z', version: 0, ...fields,
})

export const sentBackItem = () => item('rect-red', {
  finding: '绩效监控表：支出进度落后计划 20 个百分点（红灯）', source: 'MONITORING_RED', sourceLabel: '绩效监控红灯',
  reference: 'r-2023-mid|spending', deadline: '2023-09-18', deadlineDays: 60, measures: '已督促施工方加快进度',
  comment: '请补充下半年分月支出计划', version: 2,
})

export const submittedItem = () => item('rect-deduction', {
  finding: '复核扣分：活动次数未达目标（扣 2 分）', source: 'REVIEW_DEDUCTION', sourceLabel: '复核扣分',
  reference: 'E1|jc-activities', deadline: '2024-03-01', deadlineDays: 60, state: 'MEASURES_SUBMITTED',
  stateLabel: '已提交整改措施', measures: '已将顺延的主题活动于 2024 年 1 月举办', evidenceIds: ['ev-1'], version: 1,
})

export const confirmedItem = () => item('rect-manual', {
  finding: '部分支出未取得验收资料', deadline: '2023-08-31', state: 'CONFIRMED', stateLabel: '整改已确认',
  measures: '已补齐验收资料并归档', comment: '整改到位', version: 2,
})

export const carriedOverItem = () => item('rect-2022', {
  projectId: 'P0', projectCode: '530103-2023-MZTJ-001', year: 2022, finding: '2022年度：活动台账不完整',
  source: 'EVALUATION_RETURN', sourceLabel: '自评退回意见', reference: 'E0|3', deadline: '2023-02-28', deadlineDays: 60,
  overdue: true,
})

export const projectRectifications = () => ({
  projectId: P1, items: [confirmedItem(), submittedItem(), sentBackItem()], carriedOver: [carriedOverItem()],
})

export const districtList = () => ({
  year: 2023,
  counts: { OPEN: 1, MEASURES_SUBMITTED: 1, CONFIRMED: 1, OVERDUE: 1 },
  items: [confirmedItem(), submittedItem(), { ...sentBackItem(), overdue: true }],
})

/** P1's evidence register, as the answer dialog offers it (one withdrawn entry not offered). */
export const evidenceRegister = () => [
  { evidenceId: 'ev-1', number: 1, title: '主题活动签到表', fileName: '签到表.pdf', withdrawal: null },
  { evidenceId: 'ev-2', number: null, title: '作废的照片', fileName: '照片.jpg', withdrawal: { reason: '重复', withdrawnBy: 'x', withdrawnAt: '2023-07-01T00:00:00Z' } },
]

/** The answers by URL, undefined for any other. */
export function rectificationAnswer(url: string): unknown {
  if (url === `/api/projects/${P1}/rectifications`) return projectRectifications()
  if (url.startsWith('/api/rectifications')) return districtList()
  return undefined
}
