import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { ApiProblem } from '@/api/http'

/**
 * One step of a 整改 item sent from a dialog: busy while on its way, the service's refusal kept to show in the dialog,
 * and a 409 (the item moved since it was read) said and handed back, so the page reads the items again.
 */
export function useItemStep(onStale: () => void, staleMessage: string) {
  const sending = ref(false)
  const refusal = ref('')

  async function send<T>(step: () => Promise<T>): Promise<T | undefined> {
    sending.value = true
    refusal.value = ''
    try {
      return await step()
    } catch (e) {
      refusal.value = (e as Error).message
      if (e instanceof ApiProblem && e.conflict) {
        ElMessage.warning(staleMessage)
        onStale()
      }
      return undefined
    } finally {
      sending.value = false
    }
  }

  return { sending, refusal, send }
}
