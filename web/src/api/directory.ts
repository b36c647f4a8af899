import { http } from './http'

/**
 * The names of the districts and streets the signed-in person may see (GET /api/tenants/names): a street's users
 * their district and own street, a district's users their district with all its streets, the platform's
 * administrators every one. Ids are the qualified ones the other services use (e.g. jixiao:panlong:jinchen).
 */
export interface StreetName {
  id: string
  name: string
  /** a disabled street is still named: its earlier data is still shown */
  disabled?: boolean
}

export interface DistrictNames {
  id: string
  name: string
  disabled?: boolean
  streets: StreetName[]
}

export interface Directory {
  districts: DistrictNames[]
}

export function fetchDirectory(): Promise<Directory> {
  return http.get<Directory>('/api/tenants/names')
}
