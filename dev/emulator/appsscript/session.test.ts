import { createSession } from './session';
import { ALICE, BOB, testExecution } from './testing';

// https://developers.google.com/apps-script/reference/base/session
describe('Session', () => {
  describe('when an execution asks who is running it', () => {
    it('returns the execution’s user as both active and effective user', () => {
      const session = createSession(testExecution({ user: 'Alice@Example.com' }));
      expect(session.getActiveUser().getEmail()).toBe(ALICE);
      expect(session.getEffectiveUser().getEmail()).toBe(ALICE);
    });

    it('returns the script time zone, not the user’s', () => {
      const session = createSession(testExecution({ timeZone: 'Europe/Paris', scriptTimeZone: 'Etc/UTC' }));
      expect(session.getScriptTimeZone()).toBe('Etc/UTC');
    });

    it('returns the user’s locale in Java form', () => {
      // "Gets the language setting of the current user as a string—for example, en for English."
      expect(createSession(testExecution({ locale: 'fr-FR' })).getActiveUserLocale()).toBe('fr_FR');
      expect(createSession(testExecution({ locale: 'en' })).getActiveUserLocale()).toBe('en');
    });
  });

  describe('when a temporary user key is asked for', () => {
    it('is stable for a user, differs between users, and does not reveal the email', () => {
      const first = createSession(testExecution({ user: ALICE })).getTemporaryActiveUserKey();
      const again = createSession(testExecution({ user: ALICE })).getTemporaryActiveUserKey();
      const bob = createSession(testExecution({ user: BOB })).getTemporaryActiveUserKey();
      expect(again).toBe(first);
      expect(bob).not.toBe(first);
      expect(first).not.toContain('alice');
    });
  });
});
