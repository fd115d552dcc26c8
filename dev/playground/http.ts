// The little HTTP layer the playground needs: JSON bodies with a size limit, JSON replies with
// clear errors, and the page's static files from one folder (no directory walking).
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

/** Largest request body accepted: a card's form or a paragraph is far smaller. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A refusal with its HTTP status; the message is shown to the person as is. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client still gets the 413 answer.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (size > MAX_BODY_BYTES)
        return reject(new HttpError(413, `request body is larger than ${MAX_BODY_BYTES} bytes`));
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new HttpError(400, 'request body is not valid JSON'));
      }
    });
  });
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Cards may show images from the web; scripts and styles come from this server only.
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `/` as index.html and `/name.ext` from `dir`; anything else is not found. */
export function serveStatic(res: ServerResponse, dir: string, pathname: string): boolean {
  const name = pathname === '/' ? 'index.html' : pathname.slice(1);
  const type = CONTENT_TYPES[extname(name)];
  if (!/^[a-z0-9][a-z0-9.-]*$/i.test(name) || !type) return false;
  const file = join(dir, name);
  if (!existsSync(file)) return false;
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...SECURITY_HEADERS });
  res.end(readFileSync(file));
  return true;
}
