import { defineStore } from 'pinia'
import { http } from '@/api/http'

/** Who is signed in, as the gateway reads it from the session's ID and access tokens (GET /api/me). */
export interface Unit {
  /** the qualified id, e.g. jixiao:panlong:jinchen */
  id: string
  /** e.g. 金辰街道, when the token carries it */
  name?: string
}

export interface Me {
  username: string
  displayName?: string
  roles: string[]
  tenant?: { id?: string; kind: 'street' | 'district' | 'platform' }
  district?: Unit
  street?: Unit
}

export type Role = 'street-editor' | 'street-approver' | 'district-overseer' | 'auditor' | 'platform-admin'

export const useSession = defineStore('session', {
  state: () => ({ me: undefined as Me | undefined }),
  getters: {
    has: (state) => (role: Role) => state.me?.roles.includes(role) ?? false,
    /** A street editor changes the street's own projects; everyone else who may read them only reads. */
    canEdit(): boolean {
      return this.has('street-editor')
    },
    canSubmit(): boolean {
      return this.has('street-approver')
    },
    organisation: (state) => state.me?.street?.name ?? state.me?.district?.name ?? '',
  },
  actions: {
    async load(): Promise<Me> {
      if (!this.me) this.me = await http.get<Me>('/api/me')
      return this.me
    },
  },
})
