import { defineStore } from 'pinia'
import { fetchDirectory, type Directory } from '@/api/directory'

/**
 * Names for the ids the services answer with, loaded once per sign-in. A name not (yet) known shows as the id's
 * last part, so a page never waits for names to show its figures.
 */
export const useDirectory = defineStore('directory', {
  state: () => ({ directory: undefined as Directory | undefined, loading: undefined as Promise<void> | undefined }),
  getters: {
    nameOf: (state) => (id: string | undefined | null): string => {
      if (!id) return ''
      for (const district of state.directory?.districts ?? []) {
        if (district.id === id) return district.name
        const street = district.streets.find((s) => s.id === id)
        if (street) return street.name
      }
      return id.split(':').pop() ?? id
    },
    /** Every street the person may see, for a street filter. */
    streets: (state) => (state.directory?.districts ?? []).flatMap((d) => d.streets),
  },
  actions: {
    load(): Promise<void> {
      if (!this.loading) {
        this.loading = fetchDirectory()
          .then((found) => {
            this.directory = found
          })
          .catch(() => {
            // names are a convenience: without them the ids show, and the next page asks again
            this.loading = undefined
          })
      }
      return this.loading
    },
  },
})
