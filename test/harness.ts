// Scenario harness: the real bundle (dist/Code.js) in the emulator, driven as tandem-sim drives it,
// with helpers to read the resulting docs, shares and attachments.
import { readFileSync } from 'node:fs';
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { docToLines } from '../dev/doc-text';
import { AddonDriver } from '../dev/driver/driver';
import { editAs } from '../dev/driver/typing';
import { BundleRunner, type ExecutionResult } from '../dev/emulator/runtime';
import type { FiredTrigger } from '../dev/emulator/scheduler';
import { readingsFromEnv } from '../dev/emulator/readings';
import { Workspace } from '../dev/emulator/workspace';
import type { World } from '../dev/emulator/world';
import { pairTag } from '../src/core/pairs';

let cachedCode: string | null = null;
function bundle(): string {
  cachedCode ??= readFileSync('dist/Code.js', 'utf8');
  return cachedCode;
}

export class Scenario {
  readonly ws: Workspace;
  readonly runner: BundleRunner;
  /** Turns Tandem on, syncs, opens cards and presses buttons as the host and a person would. */
  readonly driver: AddonDriver;

  /** Under the world's own readings if it names them, else the variant `TANDEM_READINGS` names for the test run. */
  constructor(world: World) {
    const variant = world.readings === undefined ? readingsFromEnv(process.env) : undefined;
    this.ws = Workspace.fromWorld(world, variant ? { readings: variant } : {});
    this.runner = new BundleRunner(bundle(), 'Etc/UTC');
    this.driver = new AddonDriver(this.ws, this.runner);
  }

  enable(email: string): ExecutionResult {
    return this.driver.enable(email);
  }

  sync(email: string): ExecutionResult {
    return this.driver.sync(email);
  }

  /** Advances the clock to `iso`, firing due triggers; fails the test if any execution failed. */
  tick(iso: string): FiredTrigger[] {
    const fired = this.driver.tick(Date.parse(iso));
    const failed = fired.filter((f) => !f.result.ok);
    if (failed.length > 0)
      throw new Error(
        `trigger failed: ${failed.map((f) => `${f.handlerFunction}: ${f.result.error}`).join('; ')}`,
      );
    return fired;
  }

  calendarAs(email: string) {
    return this.ws.calendar.service(this.ws.personContext(email));
  }

  edit(email: string, docId: string, requests: docs_v1.Schema$Request[]): void {
    editAs(this.ws, email, docId, requests);
  }

  /** Every Tandem pair doc in the world, by its pair key (Drive tags docs with pairTag(pairKey)). */
  pairDocs(): Map<string, string> {
    const byTag = new Map<string, string>();
    for (const file of this.ws.drive.allFiles()) {
      const tag = file.meta.appProperties?.tandemPair;
      if (tag && file.meta.id && !file.meta.trashed) byTag.set(tag, file.meta.id);
    }
    const docs = new Map<string, string>();
    const emails = this.ws.users.map((u) => u.email);
    for (const a of emails) {
      for (const b of emails) {
        if (a >= b) continue;
        const id = byTag.get(pairTag(`${a} ${b}`));
        if (id) docs.set(`${a} ${b}`, id);
      }
    }
    return docs;
  }

  docId(a: string, b: string): string {
    const key = [a, b]
      .map((e) => e.toLowerCase())
      .sort()
      .join(' ');
    const id = this.pairDocs().get(key);
    if (!id) throw new Error(`no doc for pair ${key}`);
    return id;
  }

  document(docId: string): docs_v1.Schema$Document {
    const document = this.ws.drive.documentJson(docId);
    if (!document) throw new Error(`no document ${docId}`);
    return document;
  }

  lines(docId: string): string[] {
    return docToLines(this.document(docId));
  }

  /** Emails the doc is shared with (owner included). */
  sharedWith(docId: string): string[] {
    const file =
      this.ws.drive.filesVisibleTo(this.ws.users[0]!.email).find((f) => f.id === docId) ??
      this.ws.users.flatMap((u) => this.ws.drive.filesVisibleTo(u.email)).find((f) => f.id === docId);
    return (file?.permissions ?? [])
      .map((p) => p.emailAddress ?? '')
      .filter(Boolean)
      .sort();
  }

  event(email: string, eventId: string): calendar_v3.Schema$Event {
    return this.calendarAs(email).Events.get('primary', eventId) as calendar_v3.Schema$Event;
  }

  calls(): Record<string, number> {
    return { ...this.ws.ledger.total };
  }
}

/** The lines of one meeting section, from its `# date` heading to the next HEADING_1; [] if none. */
export function section(lines: string[], date: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(`# ${date}`));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.startsWith('# '));
  return lines.slice(start, end < 0 ? undefined : end);
}
