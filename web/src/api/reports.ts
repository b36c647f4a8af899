import { download, http } from './http'

/**
 * report-service as the 报告 page reads it: the texts the street writes (per round, replaced whole on the version
 * read), the draft preview, render jobs and the stored versions with their files.
 */
export interface SectionTexts {
  purpose: string | null
  planning: string | null
  principlesAndMethods: string | null
  implementation: string | null
  mainAchievements: string | null
  performanceAnalysis: string | null
  goalsAchieved: string | null
  experience: string | null
  problems: string | null
  suggestions: string | null
}
export type SectionKey = keyof SectionTexts

export interface ReportTexts {
  projectId: string
  round: number
  /** null while nothing was saved yet */
  version: number | null
  origin: 'SAVED' | 'PREVIOUS_ROUND' | 'STANDARD'
  editable: boolean
  texts: SectionTexts
  updatedBy: string | null
  updatedAt: string | null
}

/** GET …/document: what the preview shows; `missing` names every part still 未填写. */
export interface ReportDocumentBrief {
  draft: boolean
  complete: boolean
  missing: string[]
  documentName: string
  projectName: string
}

export type Format = 'PDF' | 'DOCX' | 'HTML'
export type JobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'

export interface RenderJob {
  id: string
  formats: string[]
  finalReport: boolean
  status: JobStatus
  requestedBy: string
  requestedAt: string
  startedAt: string | null
  finishedAt: string | null
  versionNumber: number | null
  /** why it failed, "中文 / English" */
  reason: string | null
}

export interface StoredFile {
  format: Format
  fileId: string
  fileName: string
  contentType: string
  sha256: string
  size: number
}

export interface ReportVersion {
  number: number
  finalReport: boolean
  evaluationId: string | null
  evaluationRevision: number
  templateId: string | null
  templateVersion: number
  renderedBy: string
  renderedAt: string
  files: StoredFile[]
}

/** The report of one evaluation round: its jobs (newest last) and stored versions (in number order). */
export interface ReportArchive {
  id: string
  projectId: string
  round: number
  jobs: RenderJob[]
  versions: ReportVersion[]
}

const project = (projectId: string) => `/api/reports/${encodeURIComponent(projectId)}`

export const reportsApi = {
  texts: (projectId: string) => http.get<ReportTexts>(`${project(projectId)}/texts`),
  saveTexts: (projectId: string, round: number, version: number | null, texts: SectionTexts) =>
    http.put<ReportTexts>(`${project(projectId)}/rounds/${round}/texts`, { version, texts }),
  document: (projectId: string) => http.get<ReportDocumentBrief>(`${project(projectId)}/document`),
  /** the same-origin URL of the draft preview, for an <iframe> */
  previewUrl: (projectId: string, format: 'pdf' | 'html' = 'pdf') => `${project(projectId)}/preview/${format}`,
  render: (projectId: string, formats: Format[], finalReport: boolean) =>
    http.post<RenderJob>(`${project(projectId)}/renders`, { formats, finalReport }),
  archives: (projectId: string) => http.get<ReportArchive[]>(`${project(projectId)}/archives`),
  download: (archive: ReportArchive, version: ReportVersion, file: StoredFile) =>
    download(
      `/api/reports/archives/${encodeURIComponent(archive.id)}/versions/${version.number}/${file.format}`,
      file.fileName,
    ),
}
