// The rows of docs/platform-assumptions.md that credentials can settle: each test accepts every
// reading Tandem is built for, pins the emulator's own, and on a live run prints what Google said.
import type { ContractTargetFactory } from '../../dev/contract/clients';
import { failedCall } from '../../dev/contract/clients';
import { STALE_REVISION_MESSAGES, type Readings } from '../../dev/emulator/readings';
import { textsOf, newDoc } from './doc-view';
import { listAll, useTarget, type SuiteContext } from './harness';

/** One line per settled row on a live run, for the maintainer to copy into the assumptions table. */
function observe(suite: SuiteContext, row: string, seen: string): void {
  if (suite.target.kind === 'live') process.stdout.write(`live reading · ${row}: ${seen}\n`);
}

/** The keys of an error body, as the line prints them (`code, message, errors[0].reason=notFound`). */
function shapeOf(body: unknown): string {
  if (typeof body !== 'object' || body === null) return 'no JSON body';
  const b = body as { errors?: { reason?: unknown }[]; status?: unknown };
  const keys = Object.keys(body).filter((k) => k !== 'errors' && k !== 'details');
  const reason = Array.isArray(b.errors) ? `errors[0].reason=${String(b.errors[0]?.reason)}` : 'no errors[]';
  return [...keys, reason].join(', ');
}

/**
 * @param emulated the readings the emulator target runs under (its answers are then pinned);
 *   undefined on a live run, where any reading Tandem is built for passes.
 */
export function readingsContract(factory: ContractTargetFactory, emulated?: Readings): void {
  describe(`undocumented readings (${factory.kind}${emulated ? `, ${JSON.stringify(emulated)}` : ''})`, () => {
    const suite = useTarget(factory);

    it('a sync token Calendar never issued answers 410 or 400 — Tandem lists everything again on either', async () => {
      // Documented: "If the syncToken expires, the server will respond with a 410 GONE response
      // code" (events.list). Not documented: a token it never issued (a client library reports 400).
      const calendar = suite.target.clients.calendar;
      const { nextSyncToken } = await listAll((pageToken) =>
        calendar.list('primary', {
          timeMin: '2027-01-01T00:00:00Z',
          maxResults: 2500,
          ...(pageToken ? { pageToken } : {}),
        }),
      );
      const forged = `${(nextSyncToken ?? '').slice(0, -4)}AAAA`;
      const { failure } = await failedCall(calendar.list('primary', { syncToken: forged }));
      observe(suite, 'sync token never issued', `${failure.code} ${failure.reason}`);
      expect([410, 400]).toContain(failure.code);
      if (emulated) expect(failure.code).toBe(410);
    });

    it('a stale requiredRevisionId answers 400 and applies nothing; its words are recorded, never relied on', async () => {
      // WriteControl.requiredRevisionId: "…the request is not processed and returns a 400 bad
      // request error." The message is not documented: Tandem re-reads the revision instead.
      const { id, docs, doc } = await newDoc(suite, 'stale words', [{ text: 'typed' }]);
      await docs.batchUpdate(id, [{ insertText: { location: { index: 1 }, text: 'A ' } }]);
      const { failure } = await failedCall(
        docs.batchUpdate(id, [{ insertText: { location: { index: 1 }, text: 'B ' } }], {
          requiredRevisionId: doc.revisionId ?? '',
        }),
      );
      const namesRevision = /revision/i.test(failure.message);
      observe(
        suite,
        'stale revision',
        `${failure.code} ${failure.reason}; message names the revision: ${namesRevision}`,
      );
      expect(failure.code).toBe(400);
      expect(textsOf(await docs.get(id))).toEqual(['A typed']);
      if (emulated) expect(failure.message).toBe(STALE_REVISION_MESSAGES[emulated.staleRevision]);
    });

    it('an error body carries the HTTP code an advanced service would give as `details`', async () => {
      // Apps Script documents no `details` on its exception; where it gives one, it is this body.
      const { clients } = suite.target;
      const missing = `1tandemContract${suite.scratch.runId}Missing`.padEnd(44, '0');
      const answers = [
        [
          'Calendar',
          await failedCall(clients.calendar.get('primary', `${suite.scratch.runId}0nothing0here`)),
        ],
        ['Drive', await failedCall(clients.drive.files.get(missing))],
        ['Docs', await failedCall(clients.docs.get(missing))],
      ] as const;
      for (const [api, answer] of answers) {
        observe(suite, `${api} error body`, `${answer.failure.code}: ${shapeOf(answer.body)}`);
        expect(answer.failure.code).toBe(404);
        expect(answer.body).toMatchObject({ code: 404 });
      }
      // Calendar and Drive name a reason; Docs answers google.rpc.Status, whose `status` stands in.
      expect(answers[0][1].body).toMatchObject({ errors: [{ reason: 'notFound' }] });
      expect(answers[1][1].body).toMatchObject({ errors: [{ reason: 'notFound' }] });
    });

    if (factory.capabilities.actAsOther) {
      it('the other person’s Tandem reading a doc shared with them but not granted gets 404 or 403, never the doc', async () => {
        // drive.file: "Per-file access to files created or opened by the app"; Drive answers such a
        // file "File not found". The Docs API's answer is not documented.
        const other = suite.target.otherClients;
        if (!other || !suite.target.otherUser) throw new Error('this target cannot act as the other person');
        const { id } = await newDoc(suite, 'ungranted', [{ text: 'agenda' }]);
        await suite.target.clients.drive.permissions.create(
          id,
          { type: 'user', role: 'writer', emailAddress: suite.target.otherUser },
          { sendNotificationEmail: false, fields: 'id' },
        );
        const { failure } = await failedCall(other.docs.get(id));
        observe(suite, 'Docs on a doc not granted under drive.file', `${failure.code} ${failure.reason}`);
        expect([404, 403]).toContain(failure.code);
        if (emulated) expect(failure.code).toBe(emulated.ungrantedDoc);
      });
    }
  });
}
