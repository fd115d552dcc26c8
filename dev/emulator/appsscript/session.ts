// Session: who runs the script, their locale, the script's time zone and a temporary per-user key.
import { createHash } from 'node:crypto';
import type { ExecutionContext } from '../context';

class EmulatedUser implements GoogleAppsScript.Base.User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  /** Deprecated in Apps Script, kept because the published type still lists it. */
  getUserLoginId(): string {
    return this.email;
  }
}

/**
 * Apps Script reports locales the Java way, with an underscore ("fr_FR", "en"), as seen in public
 * add-on code that splits on '_'; the world stores BCP 47 tags ("fr-FR").
 * @example javaLocale('fr-FR') // 'fr_FR'
 */
export function javaLocale(locale: string): string {
  return locale.replace(/-/g, '_');
}

/** Session without its deprecated getTimeZone/getUser. */
export type EmulatedSession = Pick<
  GoogleAppsScript.Base.Session,
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getActiveUserLocale'
  | 'getScriptTimeZone'
  | 'getTemporaryActiveUserKey'
>;

export function createSession(ctx: ExecutionContext): EmulatedSession {
  return {
    // An add-on runs as the user who uses it (or, for an installable trigger, who created it):
    // both users are ctx.user.
    getActiveUser: () => new EmulatedUser(ctx.user),
    getEffectiveUser: () => new EmulatedUser(ctx.user),
    getActiveUserLocale: () => javaLocale(ctx.locale),
    getScriptTimeZone: () => ctx.scriptTimeZone,
    // "unique to the active user but that does not reveal the user identity"; Google rotates it
    // every 30 days, the emulator keeps it stable per user.
    getTemporaryActiveUserKey: () =>
      createHash('sha256').update(`tandem-emulator-user-key:${ctx.user}`).digest('base64').replace(/=+$/, ''),
  };
}
