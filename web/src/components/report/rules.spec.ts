import { describe, expect, it } from 'vitest'
import type { RenderJob, ReportArchive, ReportVersion, SectionTexts } from '@/api/reports'
import { fileSize, findJob, jobProgress, unwritten, versionRows } from './rules'

const version = (number: number, finalReport = false): ReportVersion => ({
  number, finalReport, evaluationId: 'e', evaluationRevision: 1, templateId: 't', templateVersion: 1,
  renderedBy: 'jinchen-editor', renderedAt: '2026-12-07T02:42:53Z', files: [],
})
const job = (id: string, status: RenderJob['status']): RenderJob => ({
  id, formats: ['PDF'], finalReport: false, status, requestedBy: 'x', requestedAt: '', startedAt: null,
  finishedAt: null, versionNumber: null, reason: null,
})
const archive = (round: number, versions: ReportVersion[], jobs: RenderJob[] = []): ReportArchive => ({
  id: `p-${round}`, projectId: 'p', round, versions, jobs,
})

describe('the stored versions', () => {
  it('are listed newest first across rounds, and only the first is the newest', () => {
    const rows = versionRows([archive(1, [version(1), version(2)]), archive(2, [version(1, true)])])
    expect(rows.map((r) => `${r.archive.round}-${r.version.number}`)).toEqual(['2-1', '1-2', '1-1'])
    expect(rows.map((r) => r.newest)).toEqual([true, false, false])
  })

  it('are none before the first render', () => {
    expect(versionRows([])).toEqual([])
  })
})

describe('a render job', () => {
  it('shows its progress: queued, rendering, done or failed', () => {
    expect(jobProgress('QUEUED')).toEqual({ percent: 15, state: '' })
    expect(jobProgress('RUNNING').percent).toBe(60)
    expect(jobProgress('DONE')).toEqual({ percent: 100, state: 'success' })
    expect(jobProgress('FAILED').state).toBe('exception')
  })

  it('is found in whichever round holds it', () => {
    const archives = [archive(1, [], [job('a', 'DONE')]), archive(2, [], [job('b', 'RUNNING')])]
    expect(findJob(archives, 'b')?.status).toBe('RUNNING')
    expect(findJob(archives, 'c')).toBeUndefined()
  })
})

describe('the report texts', () => {
  it('a blank section is 未填写', () => {
    const texts = {
      purpose: '目的', planning: '  ', principlesAndMethods: '原则', implementation: '过程', mainAchievements: null,
      performanceAnalysis: '分析', goalsAchieved: '完成', experience: '经验', problems: '问题', suggestions: '建议',
    } as SectionTexts
    expect(unwritten(texts).map((s) => s.title)).toEqual(['（二）绩效评价工作方案制定过程', '（一）主要绩效'])
  })

  it('file sizes read in KB and MB', () => {
    expect(fileSize(78469)).toBe('76.6 KB')
    expect(fileSize(2 * 1024 * 1024)).toBe('2.0 MB')
  })
})
