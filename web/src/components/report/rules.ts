import type { JobStatus, RenderJob, ReportArchive, ReportVersion, SectionKey, SectionTexts } from '@/api/reports'

/**
 * The client-side rules of the 报告 page: the sections a street writes, in the report's order and with its
 * numbering; how far a render job has got; which stored version is the newest.
 */
export const SECTIONS: Array<{ key: SectionKey; title: string; part: string; rows: number }> = [
  { key: 'purpose', title: '（一）绩效评价目的', part: '二、绩效评价工作开展情况', rows: 8 },
  { key: 'planning', title: '（二）绩效评价工作方案制定过程', part: '二、绩效评价工作开展情况', rows: 8 },
  { key: 'principlesAndMethods', title: '（三）绩效评价原则、评价方法', part: '二、绩效评价工作开展情况', rows: 8 },
  { key: 'implementation', title: '（四）绩效评价实施过程', part: '二、绩效评价工作开展情况', rows: 8 },
  { key: 'mainAchievements', title: '（一）主要绩效', part: '三、评价结论和绩效分析', rows: 10 },
  { key: 'performanceAnalysis', title: '（二）具体绩效分析', part: '三、评价结论和绩效分析', rows: 10 },
  { key: 'goalsAchieved', title: '年度总体目标实际完成情况', part: '自评表', rows: 6 },
  { key: 'experience', title: '（一）主要经验及做法', part: '五、主要经验及做法、存在的问题和建议', rows: 8 },
  { key: 'problems', title: '（二）存在的问题', part: '五、主要经验及做法、存在的问题和建议', rows: 8 },
  { key: 'suggestions', title: '（三）建议和改进措施', part: '五、主要经验及做法、存在的问题和建议', rows: 8 },
]

/** The most a section may hold (SectionTexts.MAX). */
export const SECTION_MAX = 20000

/** A blank text is 未填写: the preview marks it and a final report is refused. */
export const isWritten = (text: string | null | undefined) => !!text && text.trim() !== ''

export const unwritten = (texts: SectionTexts) => SECTIONS.filter((s) => !isWritten(texts[s.key]))

export const JOB_LABELS: Record<JobStatus, string> = { QUEUED: '排队中', RUNNING: '生成中', DONE: '已完成', FAILED: '失败' }

/** How far a job has got, for its progress bar: queued, rendering, then done or failed. */
export function jobProgress(status: JobStatus): { percent: number; state: '' | 'success' | 'exception' } {
  switch (status) {
    case 'QUEUED': return { percent: 15, state: '' }
    case 'RUNNING': return { percent: 60, state: '' }
    case 'DONE': return { percent: 100, state: 'success' }
    case 'FAILED': return { percent: 100, state: 'exception' }
  }
}

export const finished = (job: RenderJob) => job.status === 'DONE' || job.status === 'FAILED'

export function findJob(archives: ReportArchive[], jobId: string): RenderJob | undefined {
  for (const archive of archives) {
    const job = archive.jobs.find((j) => j.id === jobId)
    if (job) return job
  }
  return undefined
}

export interface VersionRow {
  archive: ReportArchive
  version: ReportVersion
  newest: boolean
}

/** Every stored version, newest first (the latest round first, then the highest number). */
export function versionRows(archives: ReportArchive[]): VersionRow[] {
  const rows = archives.flatMap((archive) => archive.versions.map((version) => ({ archive, version, newest: false })))
  rows.sort((a, b) => b.archive.round - a.archive.round || b.version.number - a.version.number)
  if (rows.length) rows[0].newest = true
  return rows
}

/** 78.5 KB, 1.2 MB */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
