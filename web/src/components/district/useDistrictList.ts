import { ref, watch, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { showLatestYear } from './showLatestYear'

/** a district list's filter: the budget year and whatever else the page narrows by (texts, numbers, yes/no), all of it kept in the address */
export type AddressFilter = { year?: number }

/** a text of the address's query, none when absent or empty */
export const addressText = (value: unknown) => (typeof value === 'string' && value ? value : undefined)
/** the budget year of the address's query, none unless a whole number above 0 */
export function addressYear(value: unknown): number | undefined {
  const year = Number(addressText(value))
  return Number.isInteger(year) && year > 0 ? year : undefined
}

/**
 * A district list of a year (整改管理, 审计线索, 抽查复核), its filter in the address: read again whenever the address
 * changes; opened without a year, it puts the latest year with data there first. `data` is the service's answer, none
 * while it fails (`failure` says why, for the page's alert); `load` reads again (刷新, after a write); `go` moves the
 * filter, a value left out or emptied leaving the address. Nothing is read once the person has left the page.
 */
export function useDistrictList<F extends AddressFilter, T>(filter: () => F, read: (filter: F & { year: number }) => Promise<T>) {
  const route = useRoute()
  const router = useRouter()
  const here = route.path
  const data = ref<T>() as Ref<T | undefined>
  const loading = ref(false)
  const failure = ref('')

  async function load() {
    if (route.path !== here) return
    const wanted = filter()
    loading.value = true
    try {
      if (wanted.year === undefined) {
        await showLatestYear(route, router, here)
        return
      }
      data.value = await read(wanted as F & { year: number })
      failure.value = ''
    } catch (e) {
      failure.value = (e as Error).message
      data.value = undefined
    } finally {
      loading.value = false
    }
  }

  function go(change: Partial<F>) {
    const query: Record<string, string> = {}
    for (const [key, value] of Object.entries({ ...filter(), ...change } as Record<string, unknown>)) {
      if (value !== undefined && value !== '') query[key] = String(value)
    }
    router.push({ query })
  }

  watch(() => route.fullPath, load, { immediate: true })
  return { data, loading, failure, load, go }
}
