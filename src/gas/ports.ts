// Wires every port to its Apps Script adapter: the one place the use cases meet Google.
import type { Ports } from '../ports';
import { calendarPort, docsPort, drivePort } from './google-apis';
import { logPort, mailPort, sessionPort, triggerPort, userLockPort, userStatePort } from './script-services';

export function appsScriptPorts(): Ports {
  return {
    calendar: calendarPort(),
    docs: docsPort(),
    drive: drivePort(),
    state: userStatePort(),
    lock: userLockPort(),
    triggers: triggerPort(),
    session: sessionPort(),
    log: logPort(),
    mail: mailPort(),
  };
}
