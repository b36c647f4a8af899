import { projectStatusNames, type AuditEntry, type ProjectStatus } from '@/api/projects'
import { STATUS_LABELS, STEP_LABELS, type EvaluationStatus, type HistoryEntry } from '@/api/evaluations'
import { formatYuan } from '@/format/money'

/**
 * The 审计轨迹 tab's one table: the project's data changes (project-service's audit trail) and the self-evaluation's
 * workflow steps (evaluation-service's history), merged in time order, each with what it changed from and to.
 */
export interface TrailChange {
  field: string
  before: string | null
  after: string | null
}

export interface TrailRow {
  key: string
  at: string
  actor: string
  kind: string
  action: string
  changes: TrailChange[]
  comment: string | null
}

export const KINDS: Record<string, string> = {
  project: '项目概况',
  budget: '预算',
  ledger: '支出明细',
  'execution-summary': '支出明细',
  indicators: '绩效指标',
  actuals: '实际完成值',
  evidence: '佐证材料',
  workflow: '自评流程',
}

const ACTIONS: Record<string, string> = {
  registered: '登记项目',
  updated: '修改',
  set: '录入',
  changed: '修改',
  adjusted: '调整',
  imported: '导入',
  recorded: '录入一笔',
  defined: '设定',
  reported: '填报',
  attached: '上传',
  withdrawn: '撤回',
}

const FIELDS: Record<string, string> = {
  code: '项目编码', name: '项目名称', year: '预算年度', competentDepartment: '主管部门', implementingUnit: '实施单位',
  fundCategory: '资金类别', fundingSources: '资金来源', periodStart: '实施期开始', periodEnd: '实施期结束',
  overview: '项目概况', overallGoal: '总目标', annualGoals: '年度目标', status: '项目状态',
  initialBudget: '年初预算数', fullYearBudget: '全年预算数', adjustmentTotal: '调整合计', adjustments: '预算调整',
  bySource: '按资金来源', byClassification: '按经济分类', totals: '合计', executed: '执行数', entryCount: '笔数',
  byMonth: '按月', amount: '金额', date: '日期', reason: '原因', voucherNo: '凭证号', summary: '摘要', payee: '收款方',
  classificationCode: '经济分类', indicators: '指标', actuals: '实际完成值', title: '名称', fileName: '文件',
  typeLabel: '类别', number: '序号', size: '大小', sha256: 'SHA-256', withdrawal: '撤回',
  indicatorId: '指标', dimension: '二级指标', target: '年度指标值', direction: '指标性质', weight: '分值', text: '文字',
  value: '数值', unit: '单位', deviationNote: '偏差说明', initial: '年初预算数', fullYear: '全年预算数', month: '月份',
  batch: '导入批次', kind: '方式', total: '合计', committedBy: '提交人', withdrawnBy: '撤回人', notApplicable: '不适用',
  category: '一级指标', dataSource: '数据来源',
}

/** ids and bookkeeping that say nothing to a reader */
const SKIPPED = new Set(['projectId', 'districtId', 'streetId', 'tenantId', 'evidenceId', 'fileId', 'id', 'version', 'position',
  'contentType', 'type', 'source', 'revision', 'batchId', 'comparator', 'reading', 'upperValue'])
const MONEY = new Set(['initialBudget', 'fullYearBudget', 'adjustmentTotal', 'executed', 'amount', 'initial', 'fullYear'])

const fieldName = (path: string) => path.split('.').map((k) => FIELDS[k] ?? k).join(' · ')

/** A value as a finance officer reads it: money in 元 through format/money.ts, lists joined, objects as key: value. */
export function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）'
  if (MONEY.has(key) && (typeof value === 'number' || typeof value === 'string')) return `${formatYuan(value)} 元`
  if (key === 'status' && typeof value === 'string' && value in projectStatusNames) return projectStatusNames[value as ProjectStatus]
  if (key === 'target' && value !== null && typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text)
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (Array.isArray(value)) {
    if (!value.length) return '（无）'
    return value.map((item) => (item !== null && typeof item === 'object' ? objectText(item as Record<string, unknown>) : String(item))).join('；')
  }
  if (typeof value === 'object') return objectText(value as Record<string, unknown>)
  return String(value)
}

function objectText(o: Record<string, unknown>): string {
  return Object.entries(o)
    .filter(([k, v]) => !SKIPPED.has(k) && v !== null && v !== undefined)
    .map(([k, v]) => `${FIELDS[k] ?? k}：${valueText(k, v)}`)
    .join('，')
}

/** The fields that differ between before and after; nested objects (totals) are compared field by field. */
export function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null, prefix = ''): TrailChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !SKIPPED.has(k))
  const changes: TrailChange[] = []
  for (const key of keys) {
    const was = before?.[key]
    const now = after?.[key]
    if (JSON.stringify(was) === JSON.stringify(now)) continue
    const path = prefix ? `${prefix}.${key}` : key
    const nested = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v)
    if (nested(was) && nested(now)) {
      changes.push(...changesOf(was as Record<string, unknown>, now as Record<string, unknown>, path))
      continue
    }
    changes.push({ field: fieldName(path), before: before ? valueText(key, was) : null, after: after ? valueText(key, now) : null })
  }
  return changes
}

export function auditRow(entry: AuditEntry): TrailRow {
  const kind = KINDS[entry.subject] ?? entry.subject
  const action = entry.action === 'registered' ? ACTIONS.registered : `${ACTIONS[entry.action] ?? entry.action}${kind}`
  return {
    key: `audit-${entry.id}`, at: entry.at, actor: entry.actor, kind, action,
    changes: changesOf(entry.before, entry.after), comment: null,
  }
}

const statusText = (s: string) => STATUS_LABELS[s as EvaluationStatus] ?? s

export function stepRow(step: HistoryEntry, round: number, index: number): TrailRow {
  const label = STEP_LABELS[step.step as keyof typeof STEP_LABELS] ?? step.step
  return {
    key: `step-${round}-${index}`, at: step.at, actor: step.actor.split(':').pop() ?? step.actor, kind: KINDS.workflow,
    action: round > 1 ? `${label}（第 ${round} 轮）` : label,
    changes: step.from === step.to ? [] : [{ field: '自评状态', before: statusText(step.from), after: statusText(step.to) }],
    comment: step.comment,
  }
}

/** Both sources in one list, oldest first (as the trail is read: what happened, then what followed). */
export function mergeTrail(entries: AuditEntry[], rounds: Array<{ round: number; steps: HistoryEntry[] }>): TrailRow[] {
  const rows = [...entries.map(auditRow), ...rounds.flatMap((r) => r.steps.map((s, i) => stepRow(s, r.round, i)))]
  // by instant, not by text: "…37.25Z" and "…37.255Z" do not sort as text
  return rows.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
}
