// The bench scripts' HTTP client: one request on a keep-alive agent, JSON in, text out.
import http from 'node:http'

/**
 * A client for one base URL. `request(method, path, { token, body, headers, dropAfterMs })` resolves
 * { status, headers, body } or rejects on a network error, the time-out, or `dropAfterMs` (a phone
 * leaving the Wi-Fi: the request may or may not have reached the server; the answer never arrives).
 */
export function client(base, { timeoutMs = 30_000 } = {}) {
  const url = new URL(base)
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })
  return function request(method, path, { token, body, headers = {}, dropAfterMs } = {}) {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body)
      const req = http.request({
        host: url.hostname, port: url.port, path, method, agent,
        headers: {
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      }, (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => { text += chunk })
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text }))
        res.on('error', reject)
      })
      req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')))
      req.on('error', reject)
      if (dropAfterMs !== undefined) setTimeout(() => req.destroy(new Error('dropped')), dropAfterMs)
      req.end(payload)
    })
  }
}
