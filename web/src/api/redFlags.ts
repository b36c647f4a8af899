import { http } from './http'

/**
 * 审计线索 (red flags) as project-service answers them (cn.jixiao.project.redflags): computed from a project's
 * spending ledger on every read, each with its rule, the rule's threshold in words, what it found and the ledger rows
 * behind it. They never change a score. The district's overseer dismisses a flag with a reason or turns it into a 整改
 * item (once: asked again, the same item); auditors read; streets do not see them (403).
 */
export type RedFlagRule =
  | 'YEAR_END_RUSH' | 'SPLIT_PAYMENTS' | 'PAYEE_CONCENTRATION' | 'BEFORE_BUDGET' | 'AFTER_YEAR_CLOSE'
  | 'ROUND_NUMBER_SERIES' | 'DUPLICATE_INVOICES'
export type FlagStatus = 'OPEN' | 'DISMISSED' | 'RECTIFICATION'

export const FLAG_STATUSES: FlagStatus[] = ['OPEN', 'DISMISSED', 'RECTIFICATION']
/** the service's labels (FlagStatus), for counts read before any flag */
export const FLAG_STATUS_LABELS: Record<FlagStatus, string> = {
  OPEN: '待处理',
  DISMISSED: '已排除',
  RECTIFICATION: '已转整改',
}
export const FLAG_STATUS_TAGS: Record<FlagStatus, 'warning' | 'info' | 'primary'> = {
  OPEN: 'warning',
  DISMISSED: 'info',
  RECTIFICATION: 'primary',
}

export interface RuleView {
  rule: RedFlagRule
  label: string
  /** the rule with its figures, e.g. 年度最后 31 天（12月）的支出占全年支出超过 30% */
  threshold: string
}

export interface LedgerRow {
  voucherNo: string
  /** yyyy-mm-dd */
  date: string
  payee: string
  /** exact yuan, as the service writes it */
  amount: number | string
  summary: string | null
}

export interface FlagDecision {
  flagKey: string
  rule: RedFlagRule
  status: FlagStatus
  finding: string
  reason: string | null
  rectificationId: string | null
  decidedBy: string
  decidedAt: string
}

export interface RedFlag {
  /** stable across recomputation: the rule and what the flag is about */
  key: string
  rule: RedFlagRule
  ruleLabel: string
  threshold: string
  finding: string
  rows: LedgerRow[]
  status: FlagStatus
  statusLabel: string
  decision: FlagDecision | null
}

export interface ProjectFlags {
  projectId: string
  projectCode: string
  projectName: string
  streetId: string
  year: number
  rules: RuleView[]
  flags: RedFlag[]
  /** decisions on flags the ledger no longer raises, kept and shown */
  earlierDecisions: FlagDecision[]
}

export interface ProjectCounts {
  projectId: string
  projectCode: string
  projectName: string
  streetId: string
  total: number
  byStatus: Record<FlagStatus, number>
  byRule: Record<RedFlagRule, number>
}

export interface StreetCounts {
  streetId: string
  total: number
  open: number
  byRule: Record<RedFlagRule, number>
}

export interface DistrictFlags {
  year: number
  rules: RuleView[]
  byRule: Record<RedFlagRule, number>
  byStreet: StreetCounts[]
  projects: ProjectCounts[]
}

export interface DistrictFilter {
  year?: number
  streetId?: string
}

export function districtQuery(filter: DistrictFilter): string {
  const search = new URLSearchParams()
  if (filter.year !== undefined) search.set('year', String(filter.year))
  if (filter.streetId) search.set('streetId', filter.streetId)
  const text = search.toString()
  return text ? `?${text}` : ''
}

/** The open flags first (what still needs a look), then in the order of the rules. */
export function byAttention(flags: RedFlag[], rules: RuleView[]): RedFlag[] {
  const order = (flag: RedFlag) => rules.findIndex((rule) => rule.rule === flag.rule)
  return [...flags].sort((a, b) => Number(b.status === 'OPEN') - Number(a.status === 'OPEN') || order(a) - order(b))
}

const ofProject = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/red-flags`
const flag = (projectId: string, key: string) => `${ofProject(projectId)}/${encodeURIComponent(key)}`

export const redFlagsApi = {
  ofDistrict: (filter: DistrictFilter = {}) => http.get<DistrictFlags>(`/api/red-flags${districtQuery(filter)}`),
  ofProject: (projectId: string) => http.get<ProjectFlags>(ofProject(projectId)),
  dismiss: (projectId: string, key: string, reason: string) =>
    http.post<RedFlag>(`${flag(projectId, key)}/dismissal`, { reason: reason.trim() }),
  rectify: (projectId: string, key: string) => http.post<RedFlag>(`${flag(projectId, key)}/rectification`, {}),
}
