/**
 * project-service's monitoring answers for the seed project P1 (金辰街道, 2023), in the shapes of
 * cn.jixiao.project.monitoring (MonitoringRound, MonitoringForm, RoundDashboard) and with its texts (MonitoringRules):
 * a mid-year round as of 2023-06-30, spending 30% of the budget against the linear 50% (red at a margin of 10), one
 * indicator expected to miss its target (red), one not estimated yet (yellow), one on track (green).
 */
export const ROUND_ID = 'r-2023-mid'

export const round = () => ({
  id: ROUND_ID, name: '2023年年中绩效监控', year: 2023, asOf: '2023-06-30', dueDate: '2023-07-31', marginPoints: 10,
  openedBy: 'panlong-overseer', openedAt: '2023-07-01T01:00:00Z',
})

const line = (indicatorId: string, dimension: string, name: string, target: string, progress: string | null,
  expected: string | null, light: 'RED' | 'YELLOW' | 'GREEN', rule: string) => ({
  indicatorId, dimension, name, target, progress, expected, light, lightLabel: { RED: '红灯', YELLOW: '黄灯', GREEN: '绿灯' }[light],
  rule, cause: null as string | null, measure: null as string | null,
})

const missingOf = (line: string, indicatorId: string | null, lineName: string, light: 'RED' | 'YELLOW', label: string) =>
  (['cause', 'measure'] as const).map((field) => ({
    line, indicatorId, lineName, light, field,
    message: `“${lineName}”为${label}，须填写${field === 'cause' ? '偏差原因' : '纠偏措施'}`,
    messageEn: `The ${lineName} line needs its ${field}`,
  }))

/** The form as the street first sees it: prefilled, never saved. */
export const form = () => ({
  round: round(), projectId: 'P1', streetId: 'jixiao:panlong:jinchen', projectCode: '530103-2023-MZTJ-001',
  projectName: '创建全省民族团结进步示范街道专项资金', version: null as number | null, state: 'NOT_STARTED', stateLabel: '未填报',
  overdue: false, targetsState: 'APPROVED', targetsStateLabel: '已批复',
  lines: {
    spending: {
      executed: 600000.0, fullYearBudget: 2000000.0, executionRate: 30.0, plannedPercent: 50.0, plan: 'LINEAR',
      planNote: '预算未设分月支出计划，按全年均衡支出计算（6÷12）', marginPoints: 10, behindPoints: 20.0, light: 'RED' as string | null,
      lightLabel: '红灯', rule: '预算执行率 30.00%，计划支出进度 50%，落后 20 个百分点，超过偏差阈值 10 个百分点的两倍',
      cause: null as string | null, measure: null as string | null,
    },
    indicators: [
      line('jc-activities', 'QUANTITY', '开展民族团结进步主题活动次数', '≥10次', '3次', '8次', 'RED', '全年预计完成值“8次”未达到年度指标值“≥10次”'),
      line('jc-theme-parks', 'QUANTITY', '建成示范街区文化主题公园数量', '=3个', null, null, 'YELLOW', '尚未填写全年预计完成值'),
      line('jc-residents', 'BENEFICIARY_SATISFACTION', '辖区居民满意度', '≥90%', '92%', '92%', 'GREEN', '全年预计完成值可达到年度指标值'),
    ],
  },
  redLines: 2, yellowLines: 1,
  missing: [
    ...missingOf('spending', null, '支出进度', 'RED', '红灯'),
    ...missingOf('indicator', 'jc-activities', '开展民族团结进步主题活动次数', 'RED', '红灯'),
    ...missingOf('indicator', 'jc-theme-parks', '建成示范街区文化主题公园数量', 'YELLOW', '黄灯'),
  ],
  submittable: false,
  history: [] as Array<Record<string, unknown>>,
})

export type FormAnswer = ReturnType<typeof form>

export const submitStep = {
  step: 'SUBMIT', stepLabel: '提交', from: 'FILLED', to: 'SUBMITTED', actor: 'jinchen-editor', at: '2023-07-20T02:00:00Z', comment: null,
}
export const returnStep = {
  step: 'RETURN', stepLabel: '退回', from: 'SUBMITTED', to: 'RETURNED', actor: 'panlong-overseer', at: '2023-07-21T02:00:00Z',
  comment: '支出进度偏差原因请写明合同签订和付款时间',
}

/** The form explained and submitted. */
export function submitted(): FormAnswer {
  const f = form()
  f.version = 3
  f.state = 'SUBMITTED'
  f.stateLabel = '已提交'
  f.lines.spending.cause = '设备采购合同7月签订，款项尚未支付'
  f.lines.spending.measure = '7月底前完成设备采购付款'
  for (const l of f.lines.indicators.slice(0, 2)) {
    l.cause = '活动中心修缮'
    l.measure = '下半年增加户外活动'
  }
  f.missing = []
  f.submittable = false
  f.history = [submitStep]
  return f
}

/** The round's dashboard as the district sees it, past its due date: one project overdue. */
export const dashboard = () => ({
  round: round(), pastDue: true,
  counts: { NOT_STARTED: 0, FILLED: 0, SUBMITTED: 1, APPROVED: 1, RETURNED: 0, OVERDUE: 1 },
  redLines: 3, yellowLines: 1,
  projects: [
    { projectId: 'P2', streetId: 'jixiao:panlong:longquan', projectCode: '530103-2023-LQ-002', projectName: '龙泉街道老旧小区改造',
      state: 'APPROVED', status: 'APPROVED', statusLabel: '审核通过', overdue: false, redLines: 0, yellowLines: 0, version: 5 },
    { projectId: 'P1', streetId: 'jixiao:panlong:jinchen', projectCode: '530103-2023-MZTJ-001', projectName: '创建全省民族团结进步示范街道专项资金',
      state: 'SUBMITTED', status: 'SUBMITTED', statusLabel: '已提交', overdue: false, redLines: 2, yellowLines: 1, version: 3 },
    { projectId: 'P3', streetId: 'jixiao:panlong:jinchen', projectCode: '530103-2023-MZTJ-003', projectName: '社区养老服务站运营补助',
      state: 'FILLED', status: 'OVERDUE', statusLabel: '逾期未提交', overdue: true, redLines: 1, yellowLines: 0, version: 1 },
  ],
})

/** The answers above by URL, for a mocked http.get; undefined for any other URL. */
export function monitoringAnswer(url: string): unknown {
  if (url === '/api/monitoring/rounds') return [round()]
  if (url === `/api/monitoring/rounds/${ROUND_ID}`) return dashboard()
  if (url === `/api/projects/P1/monitoring/${ROUND_ID}`) return form()
  return undefined
}
