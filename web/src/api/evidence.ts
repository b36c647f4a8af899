import { download, http, upload } from './http'

/** 佐证材料 as project-service lists them (EvidenceView): numbered as the report prints them, withdrawn ones kept. */
export type EvidenceType =
  | 'INDICATOR_SYSTEM' | 'BASE_DATA' | 'INTERVIEW_REPORT' | 'SURVEY_REPORT' | 'APPROVAL' | 'GOAL_DECLARATION' | 'OTHER'

/** The kinds in the order the seed report lists them (EvidenceType). */
export const EVIDENCE_TYPES: Array<{ type: EvidenceType; label: string }> = [
  { type: 'INDICATOR_SYSTEM', label: '绩效评价指标体系' },
  { type: 'BASE_DATA', label: '基础数据表' },
  { type: 'INTERVIEW_REPORT', label: '访谈分析报告' },
  { type: 'SURVEY_REPORT', label: '社会调查问卷分析报告' },
  { type: 'APPROVAL', label: '立项/批复文件' },
  { type: 'GOAL_DECLARATION', label: '绩效目标申报表' },
  { type: 'OTHER', label: '其他' },
]

export interface Evidence {
  evidenceId: string
  /** the number in the report's list; null once withdrawn */
  number: number | null
  position: number
  type: EvidenceType
  typeLabel: string
  title: string
  fileName: string
  contentType: string
  size: number
  sha256: string
  uploadedBy: string
  uploadedAt: string
  withdrawal: { reason: string; withdrawnBy: string; withdrawnAt: string } | null
}

/**
 * The largest file the service takes by default (jixiao.evidence.max-size, 20MB in project-service's
 * application.yml). The service says its own limit (maxSize) when it refuses a file as too large; the page then
 * checks against that.
 */
export const DEFAULT_EVIDENCE_MAX_BYTES = 20 * 1024 * 1024

const base = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/evidence`

export const evidenceApi = {
  list: (projectId: string) => http.get<Evidence[]>(base(projectId)),
  attach: (projectId: string, file: File, type: EvidenceType, title: string, onProgress: (percent: number) => void) => {
    const form = new FormData()
    form.append('type', type)
    form.append('title', title)
    form.append('file', file)
    return upload<Evidence>(base(projectId), form, onProgress)
  },
  withdraw: (projectId: string, evidenceId: string, reason: string) =>
    http.patch<Evidence>(`${base(projectId)}/${encodeURIComponent(evidenceId)}`, { reason }),
  download: (projectId: string, item: Evidence) =>
    download(`${base(projectId)}/${encodeURIComponent(item.evidenceId)}/content`, item.fileName),
}
