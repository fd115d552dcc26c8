// ScriptApp: its enums, newTrigger, getProjectTriggers (the current user's triggers of this
// project) and deleteTrigger, over the triggers kept in the world.
import type { ExecutionContext } from '../context';
import type { AppsScriptStores } from './stores';
import { EmulatedTrigger, TriggerBuilder, WEEKDAYS } from './trigger-builder';

/** An Apps Script enum: each value prints as its name, so `String(ScriptApp.EventType.CLOCK) === 'CLOCK'`. */
type Enum<T extends string> = { readonly [K in T]: K };

function enumOf<T extends string>(names: readonly T[]): Enum<T> {
  const values = {} as { [K in T]: K };
  for (const name of names) values[name] = name;
  return Object.freeze(values);
}

/** https://developers.google.com/apps-script/reference/script/event-type */
export const EventType = enumOf([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
/** https://developers.google.com/apps-script/reference/script/trigger-source */
export const TriggerSource = enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
/** https://developers.google.com/apps-script/reference/script/auth-mode */
export const AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AuthorizationStatus = enumOf(['REQUIRED', 'NOT_REQUIRED']);
export const InstallationSource = enumOf(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);
/** https://developers.google.com/apps-script/reference/base/weekday */
export const WeekDay = enumOf(WEEKDAYS);

export interface EmulatedScriptApp {
  readonly EventType: typeof EventType;
  readonly TriggerSource: typeof TriggerSource;
  readonly AuthMode: typeof AuthMode;
  readonly AuthorizationStatus: typeof AuthorizationStatus;
  readonly InstallationSource: typeof InstallationSource;
  readonly WeekDay: typeof WeekDay;
  newTrigger(functionName: string): TriggerBuilder;
  /** "Gets all installable triggers associated with the current project and current user." */
  getProjectTriggers(): EmulatedTrigger[];
  deleteTrigger(trigger: { getUniqueId(): string }): void;
}

export function createScriptApp(stores: AppsScriptStores, ctx: ExecutionContext): EmulatedScriptApp {
  return {
    EventType,
    TriggerSource,
    AuthMode,
    AuthorizationStatus,
    InstallationSource,
    WeekDay,
    newTrigger: (functionName) => new TriggerBuilder(stores, ctx, String(functionName)),
    getProjectTriggers: () => stores.triggersOf(ctx.user).map((t) => new EmulatedTrigger(t)),
    deleteTrigger: (trigger) => {
      // Another user's trigger cannot be seen, so cannot be deleted; an already deleted one is a no-op.
      const id = trigger.getUniqueId();
      if (stores.triggersOf(ctx.user).some((t) => t.id === id)) stores.removeTrigger(id);
    },
  };
}
