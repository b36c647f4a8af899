import { http } from './http'

/** 项目基本信息 as project-service keeps it (ProjectDetails); the texts are free Chinese prose. */
export interface ProjectDetails {
  name: string
  competentDepartment?: string
  implementingUnit?: string
  overview?: string
  overallGoal?: string
  annualGoal?: string
  [field: string]: unknown
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

export const projectsApi = {
  get: (id: string) => http.get<Project>(`/api/projects/${encodeURIComponent(id)}`),
  evaluationsOf: (projectId: string) =>
    http.get<EvaluationBrief[]>(`/api/evaluations?projectId=${encodeURIComponent(projectId)}`),
}
