// Starts the playground's HTTP server in this process: the page, the JSON API, and saving the
// world after every POST. Used by `npm start` (server.ts), the browser tests and the screenshots.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DocsRequestError } from '../emulator/docs';
import { GoogleJsonResponseException, restErrorOf } from '../emulator/errors';
import { CalendarChangeError } from './calendar-changes';
import { ClockError } from './clock';
import { DocEditError } from './doc-edits';
import { HttpError, readJsonBody, sendError, sendJson, serveStatic } from './http';
import { allowedHosts, refusalOf } from './guard';
import type { PlaygroundOptions } from './options';
import { Playground, publicDir } from './playground';
import { ROUTES } from './routes';
import { loadWorld } from './world-file';

export interface RunningPlayground {
  url: string;
  playground: Playground;
  /** Where the world came from at start. */
  from: 'file' | 'sample';
  close(): Promise<void>;
}

/** The HTTP status and message a failure is answered with. */
export function failureOf(error: unknown): { status: number; message: string } {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  if (error instanceof DocEditError || error instanceof CalendarChangeError || error instanceof ClockError) {
    return { status: 400, message: error.message };
  }
  if (error instanceof DocsRequestError) return { status: 400, message: error.message };
  if (error instanceof GoogleJsonResponseException) {
    const code = restErrorOf(error).code;
    return { status: code >= 400 && code < 500 ? code : 502, message: error.message };
  }
  return { status: 500, message: `playground error: ${(error as Error)?.message ?? String(error)}` };
}

async function handle(
  pg: Playground,
  dir: string,
  hosts: Set<string>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = ROUTES[url.pathname];
  const refusal = refusalOf(req, hosts, url.pathname.startsWith('/api/'));
  if (refusal) {
    sendError(res, 403, refusal);
    return;
  }
  if (!route) {
    if (req.method === 'GET' && serveStatic(res, dir, url.pathname)) return;
    sendError(res, 404, `no such page or API route: ${url.pathname}`);
    return;
  }
  if (req.method !== route.method) {
    res.setHeader('Allow', route.method);
    sendError(res, 405, `${url.pathname} takes ${route.method}, not ${req.method}`);
    return;
  }
  try {
    const body = route.method === 'POST' ? await readJsonBody(req) : undefined;
    try {
      sendJson(res, 200, route.handle(pg, { query: url.searchParams, body }));
    } finally {
      if (route.method === 'POST') pg.save();
    }
  } catch (e) {
    const { status, message } = failureOf(e);
    sendError(res, status, message);
  }
}

/** Loads the world (or the sample one), saves it at once so the file exists, and listens. */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const { world, from } = loadWorld(options.worldFile, options.reset);
  const pg = new Playground(options.worldFile, world);
  pg.save();
  const dir = publicDir();
  // Known once listening (port 0 picks one); until then nothing is answered.
  let hosts = new Set<string>();
  const server: Server = createServer((req, res) => {
    handle(pg, dir, hosts, req, res).catch((e: unknown) => {
      if (!res.headersSent) sendError(res, 500, `playground error: ${(e as Error)?.message ?? String(e)}`);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(options.host, port);
  const local = ['127.0.0.1', '::1', '0.0.0.0', '::'].includes(options.host);
  const hostName = local ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostName}:${port}/`,
    playground: pg,
    from,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
