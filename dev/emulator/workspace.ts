// The in-memory Google Workspace: users, Calendar, Drive + Docs, Apps Script state, the clock,
// call accounting and faults. Loaded from and saved to a world file (design.md §7).
import { CalendarStore, type ChangeActor } from './calendar';
import { DriveStore } from './drive';
import { AppsScriptStores } from './appsscript';
import { CallLedger } from './calls';
import type { ApiContext } from './context';
import { resolveReadings, type Readings, type ReadingsOption } from './readings';
import { OpenEventEdits } from './open-event-edits';
import type { World, WorldUser } from './world';

interface EmulatorState {
  calls?: Record<string, number>;
  nextId?: number;
  calendar?: unknown;
  drive?: unknown;
  /** Calendar triggers waiting to fire: trigger id → ISO time. */
  pendingCalendarTriggers?: Record<string, string>;
}

/** Google fires a calendar trigger shortly after the change; modelled as this fixed delay. */
export const CALENDAR_TRIGGER_DELAY_MS = 60_000;

export interface WorkspaceOptions {
  readings?: ReadingsOption;
}

export class Workspace {
  now: number;
  readonly users: WorldUser[];
  readonly calendar: CalendarStore;
  readonly drive: DriveStore;
  readonly appsScript: AppsScriptStores;
  readonly ledger: CallLedger;
  /** How the emulator reads what Google leaves undocumented (readings.ts); strict unless asked. */
  readonly readings: Readings;
  /** trigger id → epoch ms when it fires. */
  readonly pendingCalendarTriggers = new Map<string, number>();
  /** What cards added to each person's open event, not saved yet (never written to the world file). */
  readonly openEvents = new OpenEventEdits();
  private nextId: number;
  private readonly baseWorld: World;

  private constructor(world: World, options: WorkspaceOptions) {
    const state = (world.emulator ?? {}) as EmulatorState;
    this.baseWorld = world;
    this.readings = resolveReadings(options.readings ?? world.readings);
    this.now = Date.parse(world.now);
    this.users = world.users.map((u) => ({ ...u, email: u.email.toLowerCase() }));
    this.calendar = CalendarStore.fromWorld(world.calendars, this.users, state.calendar, this.now);
    this.drive = DriveStore.fromWorld(world.drive.files, this.users, state.drive, this.readings);
    this.appsScript = AppsScriptStores.fromWorld(world);
    this.ledger = new CallLedger(state.calls ?? {});
    this.nextId = state.nextId ?? 1;
    for (const [id, at] of Object.entries(state.pendingCalendarTriggers ?? {})) {
      this.pendingCalendarTriggers.set(id, Date.parse(at));
    }
    this.calendar.onChange((calendarIds, at, actor) => this.queueCalendarTriggers(calendarIds, at, actor));
  }

  /** `options.readings` overrides the world's own `readings` (a test run's variant, for one). */
  static fromWorld(world: World, options: WorkspaceOptions = {}): Workspace {
    return new Workspace(structuredClone(world), options);
  }

  toWorld(): World {
    const calendar = this.calendar.toWorld();
    const drive = this.drive.toWorld();
    const pending: Record<string, string> = {};
    for (const [id, at] of this.pendingCalendarTriggers) pending[id] = new Date(at).toISOString();
    const world: World = {
      ...structuredClone(this.baseWorld),
      now: new Date(this.now).toISOString(),
      users: this.users.map((u) => ({ ...u })),
      calendars: calendar.calendars,
      drive: { files: drive.files },
      emulator: {
        calls: { ...this.ledger.total },
        nextId: this.nextId,
        calendar: calendar.state,
        drive: drive.state,
        pendingCalendarTriggers: pending,
      },
    };
    this.appsScript.saveTo(world);
    return world;
  }

  /** The world user for an email; throws a clear error for someone not in the world. */
  user(email: string): WorldUser {
    const found = this.users.find((u) => u.email === email.toLowerCase());
    if (!found) {
      throw new Error(
        `${email} is not a user of this world (users: ${this.users.map((u) => u.email).join(', ')})`,
      );
    }
    return found;
  }

  newId(prefix: string): string {
    const n = this.nextId++;
    return `${prefix}${n.toString(36).padStart(6, '0')}`;
  }

  /** A person acting in Google's own UI: their calls are not Tandem's, so not counted or faulted. */
  personContext(email: string): ApiContext {
    const user = this.user(email).email;
    return {
      user,
      actor: 'person',
      now: () => this.now,
      call: (_method, body) => body(),
      newId: (prefix) => this.newId(prefix),
    };
  }

  /**
   * A person's change fires the calendar triggers of every calendar it touches; a script's or an
   * API request's does not ("Script executions and API requests do not cause triggers to run",
   * https://developers.google.com/apps-script/guides/triggers/installable), unless the readings
   * say `calendarTriggersOnApiWrites`.
   */
  private queueCalendarTriggers(calendarIds: string[], at: number, actor: ChangeActor): void {
    if (actor === 'app' && !this.readings.calendarTriggersOnApiWrites) return;
    for (const trigger of this.appsScript.calendarTriggersFor(calendarIds)) {
      // Changes before a pending firing coalesce into it, as one trigger run sees them all.
      if (!this.pendingCalendarTriggers.has(trigger.id)) {
        this.pendingCalendarTriggers.set(trigger.id, at + CALENDAR_TRIGGER_DELAY_MS);
      }
    }
  }
}
