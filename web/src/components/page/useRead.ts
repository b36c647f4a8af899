import { ref, watch, type WatchSource } from 'vue'
import { ApiProblem } from '@/api/http'

/**
 * What a page shows, read again whenever `source` changes (the route's ids): `loading` until the answer is in,
 * `loadError` if it failed — in `notFound`'s words for a 404, which the services answer both for what is not there and
 * for what is not the caller's to see. `load` reads again, after a 409 or the person's 刷新.
 */
export function useRead(source: WatchSource, read: () => Promise<void>, notFound: string) {
  const loading = ref(true)
  const loadError = ref('')

  async function load() {
    loadError.value = ''
    try {
      await read()
    } catch (e) {
      loadError.value = e instanceof ApiProblem && e.notFound ? notFound : (e as Error).message
    } finally {
      loading.value = false
    }
  }

  watch(source, () => { loading.value = true; load() }, { immediate: true })
  return { loading, loadError, load }
}
