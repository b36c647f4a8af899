import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSession } from './session'

describe('what a signed-in user may do in the workbench', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('a street editor edits but does not submit', () => {
    const session = useSession()
    session.me = {
      username: 'jinchen-editor',
      roles: ['street-editor'],
      tenant: { id: 'jixiao:panlong:jinchen', kind: 'street' },
      street: { id: 'jixiao:panlong:jinchen', name: '金辰街道' },
    }
    expect(session.canEdit).toBe(true)
    expect(session.canSubmit).toBe(false)
    expect(session.organisation).toBe('金辰街道')
  })

  it('a street approver submits but does not edit', () => {
    const session = useSession()
    session.me = { username: 'jinchen-approver', roles: ['street-approver'] }
    expect(session.canEdit).toBe(false)
    expect(session.canSubmit).toBe(true)
  })
})
