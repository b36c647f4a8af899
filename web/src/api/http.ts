/**
 * The one way the workbench talks to the platform: same-origin requests to the gateway with the session cookie.
 * No token is ever seen here; the gateway relays the user's token to the services (backend-for-frontend).
 *
 * Unsafe methods carry the CSRF token the gateway put in the XSRF-TOKEN cookie. A problem+json answer becomes an
 * {@link ApiProblem} whose message is the Chinese half of the bilingual title/detail ("中文 / English").
 * A 401 means the session has ended: the browser goes through sign-in again and comes back to the same page.
 */
export interface ProblemBody {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  [key: string]: unknown
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: ProblemBody,
  ) {
    super(chinese(body.detail) || chinese(body.title) || `请求失败（${status}）`)
  }

  get code(): string | undefined {
    return this.body.code
  }

  get notFound(): boolean {
    return this.status === 404
  }

  /** Someone else saved the same thing after it was read (optimistic version check). */
  get conflict(): boolean {
    return this.status === 409
  }
}

/** "项目不存在 / Project not found" → "项目不存在" */
export function chinese(text: string | undefined): string {
  if (!text) return ''
  const cut = text.indexOf(' / ')
  return cut > 0 ? text.slice(0, cut) : text
}

export function csrfToken(): string | undefined {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))
  return match ? decodeURIComponent(match.slice('XSRF-TOKEN='.length)) : undefined
}

export function signIn(): never {
  const back = window.location.pathname + window.location.search
  sessionStorage.setItem('jixiao.returnTo', back)
  window.location.assign('/oauth2/authorization/keycloak')
  throw new ApiProblem(401, { title: '正在转到登录页 / Signing in' })
}

type Body = unknown

export interface RequestOptions {
  headers?: Record<string, string>
  signal?: AbortSignal
}

export async function request<T>(method: string, url: string, body?: Body, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, url, body, options)
  if (response.status === 204) return undefined as T
  const type = response.headers.get('Content-Type') ?? ''
  return (type.includes('json') ? await response.json() : await response.text()) as T
}

/** The raw answer, for downloads and for reading headers such as ETag. Problems are still thrown. */
export async function send(method: string, url: string, body?: Body, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers }
  let payload: BodyInit | undefined
  if (body instanceof FormData || body instanceof Blob) {
    payload = body
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  if (!['GET', 'HEAD'].includes(method)) {
    const token = csrfToken()
    if (token) headers['X-XSRF-TOKEN'] = token
  }
  const response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin', signal: options.signal })
  if (response.status === 401) signIn()
  if (!response.ok) {
    const type = response.headers.get('Content-Type') ?? ''
    const problem: ProblemBody = type.includes('json') ? await response.json().catch(() => ({})) : { title: await response.text() }
    throw new ApiProblem(response.status, { status: response.status, ...problem })
  }
  return response
}

export const http = {
  get: <T>(url: string, options?: RequestOptions) => request<T>('GET', url, undefined, options),
  post: <T>(url: string, body?: Body, options?: RequestOptions) => request<T>('POST', url, body, options),
  put: <T>(url: string, body?: Body, options?: RequestOptions) => request<T>('PUT', url, body, options),
  patch: <T>(url: string, body?: Body, options?: RequestOptions) => request<T>('PATCH', url, body, options),
  delete: <T>(url: string, options?: RequestOptions) => request<T>('DELETE', url, undefined, options),
}

/**
 * Uploads with progress (fetch has no upload progress): XMLHttpRequest with the same CSRF and problem handling.
 */
export function upload<T>(url: string, form: FormData, onProgress: (percent: number) => void, method = 'POST'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open(method, url)
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    const token = csrfToken()
    if (token) xhr.setRequestHeader('X-XSRF-TOKEN', token)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onload = () => {
      if (xhr.status === 401) {
        try {
          signIn()
        } catch (e) {
          reject(e)
        }
        return
      }
      let json: unknown = undefined
      try {
        json = xhr.responseText ? JSON.parse(xhr.responseText) : undefined
      } catch {
        json = { title: xhr.responseText }
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(json as T)
      else reject(new ApiProblem(xhr.status, { status: xhr.status, ...(json as ProblemBody) }))
    }
    xhr.onerror = () => reject(new ApiProblem(0, { title: '网络中断，请检查连接后重试 / Network error' }))
    xhr.send(form)
  })
}

/** Saves a download (workbook, report, evidence) under the name the server gives, else the fallback. */
export async function download(url: string, fallbackName: string, method = 'GET', body?: Body): Promise<void> {
  const response = await send(method, url, body, { headers: { Accept: '*/*' } })
  const blob = await response.blob()
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallbackName
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}
