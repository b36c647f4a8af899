import { defineStore } from 'pinia'
import { ApiProblem } from '@/api/http'
import { projectsApi, type EvaluationBrief, type Project } from '@/api/projects'

/**
 * The project open in the workbench and its current self-evaluation round. Every page under /projects/:id reads
 * them from here. A project the user may not see answers 404 like one that does not exist: the page says "not found"
 * and shows nothing of it.
 */
export const useProject = defineStore('project', {
  state: () => ({
    project: undefined as Project | undefined,
    evaluation: undefined as EvaluationBrief | undefined,
    notFound: false,
    loading: false,
  }),
  actions: {
    async open(id: string) {
      if (this.project?.id === id && !this.notFound) return
      this.loading = true
      this.notFound = false
      this.project = undefined
      this.evaluation = undefined
      try {
        this.project = await projectsApi.get(id)
        await this.refreshEvaluation()
      } catch (e) {
        if (e instanceof ApiProblem && (e.notFound || e.status === 403)) this.notFound = true
        else throw e
      } finally {
        this.loading = false
      }
    },
    async reload() {
      if (!this.project) return
      this.project = await projectsApi.get(this.project.id)
    },
    /** The newest round of the project's self-evaluation; it appears a moment after registration (events). */
    async refreshEvaluation() {
      if (!this.project) return
      const rounds = await projectsApi.evaluationsOf(this.project.id)
      this.evaluation = rounds.reduce<EvaluationBrief | undefined>((newest, e) => (!newest || e.round > newest.round ? e : newest), undefined)
    },
    replace(project: Project) {
      this.project = project
    },
  },
})
