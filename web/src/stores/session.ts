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

export type Role = 'street-editor' | 'street-approver' | 'district-overseer' | 'auditor' | 'platform-admin' | 'district-admin'

export const useSession = defineStore('session', {
  state: () => ({ me: undefined as Me | undefined }),
  getters: {
    has: (state) => (role: Role) => state.me?.roles.includes(role) ?? false,
    /**
     * An auditor writes nothing, whatever else the account holds (the services refuse it the same way: writesAs,
     * not has). Every can* below is false for an auditor, so no write control is ever rendered for one.
     */
    readOnly(): boolean {
      return this.has('auditor')
    },
    /** A street editor changes the street's own projects; everyone else who may read them only reads. */
    canEdit(): boolean {
      return this.has('street-editor') && !this.readOnly
    },
    canSubmit(): boolean {
      return this.has('street-approver') && !this.readOnly
    },
    /** The street's targets (绩效目标) are submitted by its editor or its approver, as project-service's TargetsPolicy says. */
    canSubmitTargets(): boolean {
      return (this.has('street-editor') || this.has('street-approver')) && !this.readOnly
    },
    /** The district's overseer reviews, returns, approves, finalizes and reopens, and curates the templates. */
    canReview(): boolean {
      return this.has('district-overseer') && !this.readOnly
    },
    /** Sees every street of the district: the overseer and the auditor. */
    overseesDistrict(): boolean {
      return this.has('district-overseer') || this.has('auditor')
    },
    isPlatformAdmin(): boolean {
      return this.has('platform-admin')
    },
    /** Opens and disables the district's street accounts; sees no street's data either. */
    isDistrictAdmin(): boolean {
      return this.has('district-admin')
    },
    /** Where the workbench opens for this person. */
    home(): string {
      if (this.overseesDistrict) return '/district/overview'
      if ((this.isPlatformAdmin || this.isDistrictAdmin) && !this.has('street-editor') && !this.has('street-approver')) {
        return '/admin/tenants'
      }
      return '/projects'
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
