// What every browser test needs: a playground server started in this process on a free port with
// its own temporary world file, and Debian's Chromium (one per test file) driving the page.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { serializeWorld, type World } from '../../dev/emulator/world';
import { openBrowser, type OpenBrowser } from '../../dev/playground/browser';
import { startPlayground, type RunningPlayground } from '../../dev/playground/start';

/** Chromium start plus a world's first render stay well inside this on a slow CI machine. */
export const BROWSER_TEST_TIMEOUT_MS = 60_000;
/** How long a UI change may take to show (the bundle runs in-process; this is generous). */
export const UI_WAIT_MS = 10_000;

export interface World0 {
  url: string;
  server: RunningPlayground;
  worldFile: string;
  /** The world as saved on disk now. */
  savedWorld(): World;
  /** Calls the playground's JSON API directly, as the page does. */
  api(path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** A server on a free port with a fresh world: the sample world, or the one given. */
export async function startWorld(world?: World): Promise<World0> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-playground-'));
  const worldFile = join(dir, 'world.json');
  if (world) writeFileSync(worldFile, serializeWorld(world));
  const server = await startPlayground({ worldFile, reset: world === undefined, port: 0, host: '127.0.0.1' });
  return {
    url: server.url,
    server,
    worldFile,
    savedWorld: () => JSON.parse(readFileSync(worldFile, 'utf8')) as World,
    api: async (path, body) => {
      const response = await fetch(new URL(path, server.url), {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    },
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launch(): Promise<OpenBrowser> {
  const browser = await openBrowser();
  browser.page.setDefaultTimeout(UI_WAIT_MS);
  return browser;
}

/** Opens the page (optionally at a hash route) and waits until it has drawn its first view. */
export async function openPage(page: Page, world: World0, hash = ''): Promise<void> {
  await page.goto(`${world.url}${hash}`);
  await page.waitForSelector('body[data-ready="true"]');
}

/** The Chromium page and the playground world a browser test file drives. */
export interface BrowserSession {
  readonly browser: OpenBrowser;
  readonly page: Page;
  readonly world: World0;
}

export interface BrowserSessionOptions {
  /** The world the server starts on, built when the hooks run; the sample world when left out. */
  world?: () => World;
  /** `file`: one world whose steps run in order; `test` (the default): a fresh world for each test. */
  worldPer?: 'file' | 'test';
  /** The hash route to open once the world is up (it may read what `world` built); none when left out. */
  open?: () => string;
  /** A folder for the file's screenshots, made before the first test. */
  shots?: string;
}

/**
 * The setup every browser test file shares: the timeout, one Chromium for the file, and the world
 * (one per file or per test), closed after. Read the session's fields inside tests and hooks.
 * @example const ui = useBrowserSession({ worldPer: 'file', open: () => '#/calendar' }); // then ui.page
 */
export function useBrowserSession(options: BrowserSessionOptions = {}): BrowserSession {
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);
  let browser: OpenBrowser | undefined;
  let world: World0 | undefined;
  const openWorld = async (): Promise<void> => {
    world = await startWorld(options.world?.());
  };
  const openRoute = async (): Promise<void> => {
    if (options.open && browser && world) await openPage(browser.page, world, options.open());
  };
  if (options.worldPer === 'file') {
    beforeAll(async () => {
      if (options.shots) mkdirSync(options.shots, { recursive: true });
      await openWorld();
      browser = await launch();
      await openRoute();
    });
    afterAll(async () => {
      await browser?.close();
      await world?.close();
    });
  } else {
    beforeAll(async () => {
      if (options.shots) mkdirSync(options.shots, { recursive: true });
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });
    beforeEach(async () => {
      await openWorld();
      await openRoute();
    });
    afterEach(async () => {
      await world?.close();
    });
  }
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what} yet: read it inside a test or a hook`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get page() {
      return ready(browser, 'browser').page;
    },
    get world() {
      return ready(world, 'world');
    },
  };
}

/** The little of the DOM the in-page callbacks read (the project's tsconfig has no DOM library). */
export interface DomElement {
  dataset: Record<string, string | undefined>;
  style: Record<string, string>;
  parentElement: DomElement | null;
}

/** Resolves once Tandem's panel is no longer waiting for the bundle's answer. */
export async function panelIdle(page: Page): Promise<void> {
  await page.locator('[data-testid="panel-body"].busy').waitFor({ state: 'detached' });
}

export const byTestId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);

/** The summaries of the events drawn in the week grid, sorted. */
export async function weekSummaries(page: Page): Promise<string[]> {
  const summaries = await page
    .locator('[data-testid="cal-event"]')
    .evaluateAll((nodes) => nodes.map((n) => (n as unknown as DomElement).dataset.summary ?? ''));
  return summaries.sort();
}

/** Waits until the add-on panel shows a card, the "not built yet" notice or an error. */
export async function panelSettled(page: Page): Promise<'card' | 'missing' | 'error'> {
  const found = await page.waitForSelector(
    '[data-testid="panel-body"] [data-testid="card"], [data-testid="panel-missing"], [data-testid="panel-error"]',
  );
  const id = await found.getAttribute('data-testid');
  return id === 'card' ? 'card' : id === 'panel-missing' ? 'missing' : 'error';
}

/** Waits for a condition on the page's text, with a message naming what was expected. */
export async function waitForText(locator: Locator, expected: string | RegExp): Promise<void> {
  const test = (text: string) =>
    typeof expected === 'string' ? text.includes(expected) : expected.test(text);
  const deadline = Date.now() + UI_WAIT_MS;
  let last = '';
  while (Date.now() < deadline) {
    last =
      (await locator
        .first()
        .textContent()
        .catch(() => null)) ?? '';
    if (test(last)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected text ${String(expected)}, last saw: ${last.slice(0, 300)}`);
}
