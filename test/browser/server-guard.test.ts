// The playground's server answers its own page only: another web page in the same browser cannot
// reset the world or edit a doc, a DNS-rebinding host cannot read anything, and the add-on's
// function lookup finds the script's own functions only, as Apps Script does.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpenBrowser } from '../../dev/playground/browser';
import { AGENDA_DOC_ID, worldWithAgendaDoc } from './fixtures';
import { BROWSER_TEST_TIMEOUT_MS, byTestId, launch, openPage, startWorld, type World0 } from './harness';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

let world: World0;
beforeEach(async () => {
  world = await startWorld(worldWithAgendaDoc());
});
afterEach(async () => {
  await world?.close();
});

const port = () => Number(new URL(world.url).port);

/** A raw request with the headers a browser (or an attacker's page) would send. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: port(), method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const aliceDoc = `/api/doc?user=alice%40example.com&docId=${AGENDA_DOC_ID}`;

describe('when a request names another host (DNS rebinding)', () => {
  it('refuses the API and the page with 403, and serves its own names', async () => {
    for (const path of [aliceDoc, '/', '/app.js']) {
      const refused = await raw('GET', path, { Host: `attacker.example:${port()}` });
      expect(refused.status).toBe(403);
      expect(refused.body).not.toContain('Bob');
    }
    expect((await raw('GET', aliceDoc, { Host: `rebind.localhost.example:${port()}` })).status).toBe(403);
    expect((await raw('GET', aliceDoc, { Host: `localhost:${port() + 1}` })).status).toBe(403);
    const own = await raw('GET', aliceDoc, { Host: `localhost:${port()}` });
    expect(own.status).toBe(200);
    expect(own.body).toContain('Bob: send the deck to Priya');
    expect((await raw('GET', aliceDoc, { Host: `127.0.0.1:${port()}` })).status).toBe(200);
  });
});

describe('when a request comes from another origin', () => {
  it.each([
    ['another local port', (p: number) => `http://localhost:${p + 1}`],
    ['another site', () => 'https://attacker.example'],
    ['an opaque origin', () => 'null'],
    ['its own host over https', (p: number) => `https://localhost:${p}`],
  ])('refuses a text/plain POST to /api/reset from %s and keeps the world', async (_what, origin) => {
    await world.api('/api/clock', { user: 'alice@example.com', step: 'hour' });
    const before = world.savedWorld();
    const answer = await raw(
      'POST',
      '/api/reset',
      { Host: `localhost:${port()}`, Origin: origin(port()), 'Content-Type': 'text/plain' },
      '{}',
    );
    expect(answer.status).toBe(403);
    expect(world.savedWorld()).toEqual(before);
  });

  it('serves a request from its own page', async () => {
    const answer = await raw(
      'POST',
      '/api/clock',
      {
        Host: `localhost:${port()}`,
        Origin: `http://localhost:${port()}`,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
      },
      JSON.stringify({ user: 'alice@example.com', step: 'hour' }),
    );
    expect(answer.status).toBe(200);
    expect(world.savedWorld().now).toBe('2026-10-19T08:00:00.000Z');
  });

  it('refuses an API read a browser marks cross-site even without Origin', async () => {
    const answer = await raw('GET', aliceDoc, {
      Host: `localhost:${port()}`,
      'Sec-Fetch-Site': 'cross-site',
    });
    expect(answer.status).toBe(403);
  });
});

describe('when another page open in the same browser calls the playground', () => {
  let browser: OpenBrowser;
  let evil: Server;
  let evilUrl: string;

  beforeAll(async () => {
    browser = await launch();
    evil = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>elsewhere</title><p>another site</p>');
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', () => resolve()));
    evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => evil?.close(resolve));
  });

  it('its text/plain POSTs to /api/reset and /api/doc/edit change nothing', async () => {
    await world.api('/api/clock', { user: 'alice@example.com', step: 'hour' });
    const before = world.savedWorld();
    await browser.page.goto(evilUrl);
    const target = world.url;
    await browser.page.evaluate(async (base: string) => {
      const post = (path: string, body: unknown) =>
        fetch(new URL(path, base), {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify(body),
        }).catch(() => null);
      await post('/api/reset', {});
      await post('/api/doc/edit', {
        user: 'alice@example.com',
        docId: 'agendaAliceBob',
        edit: { kind: 'replace', at: 1, text: 'defaced' },
      });
    }, target);
    expect(world.savedWorld()).toEqual(before);
    expect(world.savedWorld().now).toBe('2026-10-19T08:00:00.000Z');
  });

  it('the playground page itself still works in that browser', async () => {
    await openPage(browser.page, world);
    await byTestId(browser.page, 'clock-hour').click();
    await browser.page.waitForSelector('[data-testid="clock-now"][data-now="2026-10-19T08:00:00.000Z"]');
    expect(world.savedWorld().now).toBe('2026-10-19T08:00:00.000Z');
  });
});

describe('when an action names a function the script does not define', () => {
  it.each(['constructor', 'toString', 'valueOf'])(
    '"%s" answers "Script function not found" and runs nothing',
    async (name) => {
      const answer = await world.api('/api/action', {
        user: 'alice@example.com',
        host: 'CALENDAR',
        function: name,
      });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({
        ok: false,
        error: `Script function not found: ${name}`,
        missingFunction: name,
        calls: 0,
      });
    },
  );
});
