// State, lock, triggers, session and log ports over Apps Script's built-in services. Thin: no decisions.
import type { LockPort, LogPort, MailPort, SessionPort, StatePort, TriggerInfo, TriggerPort } from '../ports';

export function userStatePort(): StatePort {
  const properties = PropertiesService.getUserProperties();
  return {
    get: (key) => properties.getProperty(key),
    getAll: () => properties.getProperties(),
    set: (values) => {
      properties.setProperties(values);
    },
    delete: (key) => {
      properties.deleteProperty(key);
    },
  };
}

export function userLockPort(): LockPort {
  const lock = LockService.getUserLock();
  return {
    tryLock: (ms) => lock.tryLock(ms),
    release: () => lock.releaseLock(),
  };
}

export function triggerPort(): TriggerPort {
  const byId = (id: string) => ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === id) ?? null;
  return {
    list: (): TriggerInfo[] =>
      ScriptApp.getProjectTriggers().map((t) => ({
        id: t.getUniqueId(),
        handler: t.getHandlerFunction(),
        kind: t.getEventType() === ScriptApp.EventType.ON_EVENT_UPDATED ? 'calendar' : 'clock',
      })),
    // Handler names are literals so the bundle check can verify they are top-level functions.
    createCalendarTrigger: (calendarEmail) =>
      ScriptApp.newTrigger('onCalendarEventUpdated')
        .forUserCalendar(calendarEmail)
        .onEventUpdated()
        .create()
        .getUniqueId(),
    createHourly: () =>
      ScriptApp.newTrigger('onScheduledSync').timeBased().everyHours(1).create().getUniqueId(),
    delete: (id) => {
      const trigger = byId(id);
      if (trigger) ScriptApp.deleteTrigger(trigger);
    },
  };
}

export function sessionPort(): SessionPort {
  return {
    userEmail: () => Session.getEffectiveUser().getEmail().toLowerCase(),
    now: () => new Date(),
  };
}

export function logPort(): LogPort {
  const line = (event: string, fields?: Record<string, number | string | boolean>) =>
    fields ? `${event} ${JSON.stringify(fields)}` : event;
  return {
    info: (event, fields) => console.info(line(event, fields)),
    warn: (event, fields) => console.warn(line(event, fields)),
  };
}

export function mailPort(): MailPort {
  return {
    remainingDailyQuota: () => MailApp.getRemainingDailyQuota(),
    send: ({ to, subject, body, htmlBody, name }) => MailApp.sendEmail(to, subject, body, { htmlBody, name }),
  };
}
