import type { Plugin, ProxyOptions } from 'vite'

/**
 * For `npm run dev` only (never in the built workbench): signs the dev server itself in as JIXIAO_DEV_USER with the
 * password grant of the public jixiao-web client and adds that bearer token to the requests it proxies to the
 * gateway, so pages can be worked on against `./jixiao up` without the browser sign-in round trip. The token stays
 * in this Node process; the browser still sees none. Without JIXIAO_DEV_USER the proxy passes the session cookie as
 * the built workbench does.
 */
const user = process.env.JIXIAO_DEV_USER
const password = process.env.JIXIAO_DEV_PASSWORD ?? 'Jixiao-2026'
const tokenEndpoint =
  process.env.JIXIAO_DEV_TOKEN_ENDPOINT ?? 'http://localhost:18080/realms/jixiao/protocol/openid-connect/token'

let cached: { token: string; until: number } | undefined

async function token(): Promise<string | undefined> {
  if (!user) return undefined
  if (cached && cached.until > Date.now()) return cached.token
  const body = new URLSearchParams({ grant_type: 'password', client_id: 'jixiao-web', username: user, password })
  const answer = await fetch(tokenEndpoint, { method: 'POST', body })
  if (!answer.ok) throw new Error(`dev sign-in of ${user} failed: ${answer.status}`)
  const json = (await answer.json()) as { access_token: string; expires_in: number }
  cached = { token: json.access_token, until: Date.now() + (json.expires_in - 20) * 1000 }
  return cached.token
}

export function devProxy(target: string): ProxyOptions {
  return {
    target,
    changeOrigin: false,
    configure: (proxy) => {
      if (!user) return
      // http-proxy's proxyReq is synchronous, so the token is fetched before the request is proxied (middleware below)
      proxy.on('proxyReq', (proxyReq, req) => {
        const bearer = (req as { jixiaoBearer?: string }).jixiaoBearer
        if (bearer) proxyReq.setHeader('Authorization', `Bearer ${bearer}`)
      })
    },
  }
}

export function devSession(): Plugin {
  return {
    name: 'jixiao-dev-session',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (user && req.url === '/api/me') {
          // answered here from the token's claims, as the gateway answers it from the session's
          try {
            res.setHeader('Content-Type', 'application/json')
            res.end(JSON.stringify(meOf((await token()) ?? '')))
          } catch (e) {
            res.statusCode = 502
            res.end(JSON.stringify({ title: String(e) }))
          }
          return
        }
        if (user && req.url?.startsWith('/api/')) {
          try {
            ;(req as { jixiaoBearer?: string }).jixiaoBearer = await token()
          } catch (e) {
            console.error(e)
          }
        }
        next()
      })
    },
  }
}

function meOf(jwt: string) {
  const claims = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}')
  // group paths are /district or /district/street (ADR 1)
  const path = String((claims.groups ?? [])[0] ?? '').split('/').filter(Boolean)
  // ids qualified by the realm as the gateway's /api/me gives them (TenantIds): jixiao:panlong, jixiao:panlong:jinchen
  const realm = String(claims.iss ?? '').split('/realms/')[1] ?? 'jixiao'
  const qualified = (parts: string[]) => [realm, ...parts].join(':')
  return {
    username: claims.preferred_username,
    displayName: claims.name,
    roles: claims.realm_access?.roles ?? [],
    tenant: path.length ? { id: qualified(path), kind: path.length > 1 ? 'street' : 'district' } : { kind: 'platform' },
    district: path[0] ? { id: qualified(path.slice(0, 1)) } : undefined,
    street: path[1] ? { id: qualified(path.slice(0, 2)) } : undefined,
  }
}
