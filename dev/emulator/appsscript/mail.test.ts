import { AppsScriptException, MESSAGES } from './exception';
import {
  CONSUMER_RECIPIENTS_PER_DAY,
  WORKSPACE_RECIPIENTS_PER_DAY,
  createMailApp,
  mailbox,
  recipientsUsed,
} from './mail';
import { AppsScriptStores } from './stores';
import { ALICE, BOB, sampleWorld, testExecution } from './testing';

const HOUR_MS = 3_600_000;

function setup(at = '2026-11-23T08:00:00Z') {
  const stores = AppsScriptStores.fromWorld(sampleWorld());
  const exec = testExecution({ user: ALICE, at });
  return { stores, exec, mail: createMailApp(stores, exec) };
}

function thrown(f: () => void): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('MailApp', () => {
  describe('when a message is sent', () => {
    it('logs recipient, subject, plain and HTML body, sender name and time, sent by the effective user', () => {
      const { stores, mail } = setup();
      mail.sendEmail(ALICE, 'Your 1:1s tomorrow', 'plain text', { htmlBody: '<p>html</p>', name: 'Tandem' });
      expect(stores.sentMail()).toEqual([
        expect.objectContaining({
          from: ALICE,
          to: [ALICE],
          cc: [],
          bcc: [],
          subject: 'Your 1:1s tomorrow',
          body: 'plain text',
          htmlBody: '<p>html</p>',
          name: 'Tandem',
          sentAt: Date.parse('2026-11-23T08:00:00Z'),
        }),
      ]);
    });

    it('takes each documented form: message object, three strings, and to, replyTo, subject, body', () => {
      // https://developers.google.com/apps-script/reference/mail/mail-app: the four sendEmail forms.
      const { stores, mail } = setup();
      mail.sendEmail({ to: BOB, subject: 's1', body: 'b1', cc: ALICE });
      mail.sendEmail(BOB, 's2', 'b2');
      mail.sendEmail(BOB, ALICE, 's3', 'b3');
      const sent = stores.sentMail();
      expect(sent.map((m) => [m.to, m.cc, m.subject, m.body, m.replyTo])).toEqual([
        [[BOB], [ALICE], 's1', 'b1', undefined],
        [[BOB], [], 's2', 'b2', undefined],
        [[BOB], [], 's3', 'b3', ALICE],
      ]);
    });

    it('shows each person only the mail addressed to them', () => {
      const { stores, mail } = setup();
      mail.sendEmail(ALICE, 'to me', 'x');
      mail.sendEmail(BOB, 'to bob', 'x');
      expect(mailbox(stores, ALICE).map((m) => m.subject)).toEqual(['to me']);
      expect(mailbox(stores, 'BOB@example.com').map((m) => m.subject)).toEqual(['to bob']);
    });

    it('survives a save and load of the world', () => {
      const { stores, mail } = setup();
      mail.sendEmail(ALICE, 'kept', 'body', { htmlBody: '<b>kept</b>' });
      const world = sampleWorld();
      stores.saveTo(world);
      expect(AppsScriptStores.fromWorld(world).sentMail()).toEqual(stores.sentMail());
    });
  });

  describe('when the input is bad', () => {
    it('refuses a malformed address and an empty recipient, sending nothing', () => {
      const { stores, mail } = setup();
      const bad = thrown(() => mail.sendEmail('not-an-address', 's', 'b'));
      expect(bad).toBeInstanceOf(AppsScriptException);
      expect((bad as Error).message).toBe(MESSAGES.invalidEmail('not-an-address'));
      expect((thrown(() => mail.sendEmail('', 's', 'b')) as Error).message).toBe(MESSAGES.noRecipient);
      expect(stores.sentMail()).toEqual([]);
    });
  });

  describe('the daily recipients quota', () => {
    // https://developers.google.com/apps-script/guides/services/quotas: "Email recipients per day",
    // 100 for consumer accounts, 1,500 for Google Workspace; per user; reset 24 hours after the first request.
    it('starts at the consumer figure, the strictest reading, and counts recipients, not messages', () => {
      const { mail } = setup();
      expect(mail.getRemainingDailyQuota()).toBe(CONSUMER_RECIPIENTS_PER_DAY);
      mail.sendEmail({ to: `${ALICE},${BOB}`, subject: 's', body: 'b', bcc: 'carol@example.com' });
      expect(mail.getRemainingDailyQuota()).toBe(CONSUMER_RECIPIENTS_PER_DAY - 3);
    });

    it('is per user', () => {
      const { stores, mail } = setup();
      mail.sendEmail(BOB, 's', 'b');
      const bobMail = createMailApp(stores, testExecution({ user: BOB }));
      expect(bobMail.getRemainingDailyQuota()).toBe(CONSUMER_RECIPIENTS_PER_DAY);
    });

    it('takes a Workspace account figure when the world sets it', () => {
      const { stores, mail } = setup();
      stores.setMailQuota(ALICE, WORKSPACE_RECIPIENTS_PER_DAY);
      expect(mail.getRemainingDailyQuota()).toBe(1500);
    });

    it('throws an exception past the quota and sends nothing, then resets 24 hours after the first send', () => {
      const { stores, exec, mail } = setup();
      stores.setMailQuota(ALICE, 2);
      mail.sendEmail(ALICE, 'one', 'b');
      exec.advance(HOUR_MS);
      mail.sendEmail(ALICE, 'two', 'b');
      expect(mail.getRemainingDailyQuota()).toBe(0);
      const refused = thrown(() => mail.sendEmail(ALICE, 'three', 'b'));
      expect(refused).toBeInstanceOf(AppsScriptException);
      expect((refused as Error).message).toBe(MESSAGES.mailQuota);
      expect(stores.sentMail().map((m) => m.subject)).toEqual(['one', 'two']);
      exec.advance(23 * HOUR_MS - 1);
      expect(mail.getRemainingDailyQuota()).toBe(0);
      exec.advance(1);
      expect(mail.getRemainingDailyQuota()).toBe(2);
      mail.sendEmail(ALICE, 'next day', 'b');
      expect(mail.getRemainingDailyQuota()).toBe(1);
    });

    it('refuses a message with more recipients than remain, as a whole', () => {
      const { stores, mail } = setup();
      stores.setMailQuota(ALICE, 1);
      expect((thrown(() => mail.sendEmail(`${ALICE},${BOB}`, 's', 'b')) as Error).message).toBe(
        MESSAGES.mailQuota,
      );
      expect(stores.sentMail()).toEqual([]);
    });
  });

  describe('recipientsUsed', () => {
    it('is zero before any send and after the window closes', () => {
      expect(recipientsUsed([], ALICE, 0)).toBe(0);
      const sent = [{ id: 'm', from: ALICE, to: [BOB], cc: [], bcc: [], subject: '', body: '', sentAt: 0 }];
      expect(recipientsUsed(sent, ALICE, 24 * HOUR_MS - 1)).toBe(1);
      expect(recipientsUsed(sent, ALICE, 24 * HOUR_MS)).toBe(0);
    });
  });
});
