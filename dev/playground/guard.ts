// The playground serves one person's browser on this machine, never other web pages: a request is
// answered only when its Host names this server (a DNS-rebinding page's host does not) and, when a
// browser says where it comes from (Origin, Sec-Fetch-Site), only from the playground's own page.
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** "::1" → "[::1]": how an IPv6 address is written in a Host header or an origin. */
function hostPart(address: string): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
}

/**
 * The `host:port` values a request to this server may carry: the loopback names, the address it
 * listens on, and for a wildcard address (`--host 0.0.0.0`) this machine's own addresses and name.
 * @example allowedHosts('127.0.0.1', 5178).has('localhost:5178') // true
 */
export function allowedHosts(listenHost: string, port: number): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  if (WILDCARDS.has(listenHost)) {
    for (const list of Object.values(networkInterfaces()))
      for (const entry of list ?? []) names.add(hostPart(entry.address.split('%')[0] ?? entry.address));
    names.add(hostname());
  } else {
    names.add(hostPart(listenHost));
  }
  return new Set([...names].map((n) => `${n.toLowerCase()}:${port}`));
}

/**
 * Why a request must be refused (403), or null when it may be served. Requests without Origin
 * or Sec-Fetch-Site (curl, scripts, a typed address) are judged by their Host alone.
 */
export function refusalOf(req: IncomingMessage, hosts: Set<string>, isApi: boolean): string | null {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) {
    return `this playground answers only its own address (${[...hosts][0] ?? 'localhost'}), not "${req.headers.host ?? ''}"`;
  }
  const origin = req.headers.origin?.toLowerCase();
  if (origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length)))) {
    return `this playground answers only its own page, not a page from ${req.headers.origin ?? ''}`;
  }
  const site = req.headers['sec-fetch-site'];
  if (isApi && (site === 'cross-site' || site === 'same-site')) {
    return 'this playground answers only its own page, not another site';
  }
  return null;
}
