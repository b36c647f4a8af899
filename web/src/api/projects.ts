import { http } from './http'

/** 项目基本信息 as project-service keeps it (ProjectDetails); the texts are free Chinese prose. */
export interface ProjectDetails {
  name: string
  competentDepartment?: string
  implementingUnit?: string
  fundCategory?: string | null
  fundingSources?: string[]
  periodStart?: string | null
  periodEnd?: string | null
  overview?: string | null
  overallGoal?: string | null
  /** 年度目标, numbered in order as the report prints them */
  annualGoals?: string[]
  status?: ProjectStatus
  [field: string]: unknown
}

/** 已登记, 实施中, 已完成 (ProjectStatus of project-service). */
export type ProjectStatus = 'REGISTERED' | 'IN_PROGRESS' | 'COMPLETED'

export const projectStatusNames: Record<ProjectStatus, string> = {
  REGISTERED: '已登记',
  IN_PROGRESS: '实施中',
  COMPLETED: '已完成',
}

/** What a street editor enters to register a project (RegisterProject); the street comes from the sign-in. */
export interface RegisterProject {
  code: string
  name: string
  year: number
  competentDepartment: string
  implementingUnit: string
}

/** One page of a project list (ProjectPage): `page` from 0, `total` matching in all. */
export interface ProjectPage {
  items: Project[]
  page: number
  size: number
  total: number
}

export interface ProjectQuery {
  year?: number
  status?: ProjectStatus
  q?: string
  page?: number
  size?: number
}

export interface Project {
  id: string
  districtId: string
  streetId: string
  code: string
  year: number
  name: string
  details: ProjectDetails
  registeredBy: string
  registeredAt: string
  version: number
}

export interface Page<T> {
  content: T[]
  totalElements?: number
  total?: number
  page?: number
  size?: number
  [field: string]: unknown
}

/** Brief of the self-evaluation that belongs to a project (SelfEvaluationView, the fields the shell needs). */
export interface EvaluationBrief {
  id: string
  projectId: string
  round: number
  status: string
  total: number | null
  grade: string | null
  version: number
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

/** One change of a project's data as project-service's audit trail stores it (AuditEntry): append-only. */
export interface AuditEntry {
  id: string
  projectId: string
  /** what changed: project, budget, ledger, indicators, actuals, evidence, execution-summary */
  subject: string
  /** how: registered, updated, set, changed, imported, recorded, defined, reported, attached, withdrawn */
  action: string
  /** the user name of who changed it */
  actor: string
  at: string
  /** the changed part as it was (null when new) and as it is now; amounts in 元 as JSON numbers */
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

/** A self-evaluation of the caller's (GET /api/evaluations): its status and the steps of its round. */
export interface EvaluationWithHistory extends EvaluationBrief {
  history?: Array<{ step: string; from: string; to: string; actor: string; at: string; comment: string | null }>
}

export const projectsApi = {
  list: (filter: ProjectQuery = {}) =>
    http.get<ProjectPage>(`/api/projects${query({ ...filter, q: filter.q?.trim() })}`),
  register: (request: RegisterProject) => http.post<Project>('/api/projects', request),
  /** PUT with the version read: a 409 (ApiProblem.conflict) means someone else saved meanwhile. */
  update: (id: string, version: number, details: ProjectDetails) =>
    http.put<Project>(`/api/projects/${encodeURIComponent(id)}`, { version, details }),
  get: (id: string) => http.get<Project>(`/api/projects/${encodeURIComponent(id)}`),
  evaluationsOf: (projectId: string) =>
    http.get<EvaluationBrief[]>(`/api/evaluations?projectId=${encodeURIComponent(projectId)}`),
  /** every self-evaluation round the caller may read, each with its status and steps: one call for a whole list */
  myEvaluations: () => http.get<EvaluationWithHistory[]>('/api/evaluations'),
  /** who changed what and when, oldest first (district overseers and auditors only) */
  audit: (projectId: string) => http.get<AuditEntry[]>(`/api/projects/${encodeURIComponent(projectId)}/audit`),
}
