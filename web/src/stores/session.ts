import { defineStore } from 'pinia'
import { http } from '@/api/http'

/** Who is signed in, as the gateway reads it from the session's ID and access tokens (GET /api/me). */
export interface Me {
  username: string
  displayName?: string
  roles: string[]
  tenantId?: string
  tenantName?: string
  districtId?: string
  districtName?: string
  streetId?: string
  streetName?: string
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
    organisation: (state) => state.me?.streetName ?? state.me?.districtName ?? state.me?.tenantName ?? '',
  },
  actions: {
    async load(): Promise<Me> {
      if (!this.me) this.me = await http.get<Me>('/api/me')
      return this.me
    },
  },
})
