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
}
