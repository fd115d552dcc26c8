// The rows of docs/platform-assumptions.md that credentials can settle: each test accepts every
// reading Tandem is built for, pins the emulator's own, and on a live run prints what Google said.
import type { ApiFailure, CalendarEvent, ContractTargetFactory } from '../../dev/contract/clients';
import { ContractApiError, failedCall, GOOGLE_DOC_MIME_TYPE } from '../../dev/contract/clients';
import { STALE_REVISION_MESSAGES, type Readings } from '../../dev/emulator/readings';
import { textsOf, newDoc } from './doc-view';
import { listAll, QUIET, useTarget, type SuiteContext } from './harness';

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

/** Whether a call Google may accept or refuse succeeded, and how it failed if not. */
async function settle(promise: Promise<unknown>): Promise<{ ok: true } | { ok: false; failure: ApiFailure }> {
  try {
    await promise;
    return { ok: true };
  } catch (error) {
    if (error instanceof ContractApiError) return { ok: false, failure: error.failure };
    throw error;
  }
}

/** A weekly series of three in the scratch months. */
function weekly(day: string, extra: CalendarEvent = {}): CalendarEvent {
  return {
    start: { dateTime: `2027-03-${day}T15:00:00`, timeZone: 'Europe/Paris' },
    end: { dateTime: `2027-03-${day}T15:30:00`, timeZone: 'Europe/Paris' },
    recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3'],
    ...extra,
  };
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

    it('an attachment’s fileId is Calendar’s, from fileUrl: one sent along is ignored or refused, never kept', async () => {
      // attachments[].fileId: "ID of the attached file. Read-only." (events reference). Tandem sends
      // fileUrl only (attachmentPatch in src/app/pair-doc.ts) and reads fileId back.
      const calendar = suite.target.clients.calendar;
      const doc = await suite.createDoc('read-only fileId');
      const series = await suite.insertEvent('read-only fileId', weekly('15'));
      const sent = await settle(
        calendar.patch(
          'primary',
          series.id ?? '',
          {
            attachments: [
              {
                fileUrl: doc.webViewLink ?? '',
                fileId: `1tandemContract${suite.scratch.runId}MadeUp`.padEnd(44, '0'),
                title: suite.scratch.label('agenda · 1:1'),
                mimeType: GOOGLE_DOC_MIME_TYPE,
              },
            ],
          },
          { ...QUIET, supportsAttachments: true },
        ),
      );
      const kept = (await calendar.get('primary', series.id ?? '')).attachments ?? [];
      observe(
        suite,
        'attachment fileId sent along',
        sent.ok
          ? `accepted; stored fileId ${kept[0]?.fileId === doc.id ? 'is the file fileUrl names' : String(kept[0]?.fileId)}`
          : `${sent.failure.code} ${sent.failure.reason}`,
      );
      if (sent.ok) expect(kept.map((a) => a.fileId)).toEqual([doc.id]);
      else expect(kept).toEqual([]);
      if (emulated) expect(sent.ok).toBe(true);
    });

    if (factory.capabilities.room) {
      it('a room invited by its bare …@resource.calendar.google.com address is marked resource: true', async () => {
        // attendees[].resource: "Whether the attendee is a resource. Can only be set when the
        // attendee is added to the event for the first time." Tandem leaves rooms out of a pair.
        const room = suite.target.room;
        if (!room) throw new Error('this target has no room to invite');
        const series = await suite.insertEvent(
          'room',
          weekly('16', { attendees: [{ email: suite.target.user }, { email: room }] }),
        );
        const stored = await suite.eventually(async () => {
          const event = await suite.target.clients.calendar.get('primary', series.id ?? '');
          expect(event.attendees?.some((a) => a.email?.toLowerCase() === room)).toBe(true);
          return event;
        });
        const attendee = stored.attendees?.find((a) => a.email?.toLowerCase() === room);
        observe(suite, 'room attendee', `resource: ${String(attendee?.resource)}`);
        expect(attendee?.resource).toBe(true);
      });
    }

    if (factory.capabilities.otherUser) {
      it('a Drive permission and the file’s sharing list name the person (displayName), or Tandem uses the address', async () => {
        // Permission.displayName: "The 'pretty' name of the value of the permission" (Drive v3
        // permissions). Tandem names people from it (ensureShared in src/app/prepare.ts, driveNameOf
        // in src/app/cards/pair-access.ts) and falls back to the address when it is missing.
        const other = suite.target.otherUser ?? '';
        const drive = suite.target.clients.drive;
        const doc = await suite.createDoc('named share');
        const permission = await drive.permissions.create(
          doc.id ?? '',
          { type: 'user', role: 'writer', emailAddress: other },
          { sendNotificationEmail: false, fields: 'id,emailAddress,displayName' },
        );
        const file = await drive.files.get(doc.id ?? '', {
          fields: 'owners(emailAddress,displayName),permissions(emailAddress,displayName)',
        });
        const listed = (file.permissions ?? []).find((p) => p.emailAddress?.toLowerCase() === other);
        const owner = (file.owners ?? []).find((p) => p.emailAddress?.toLowerCase() === suite.target.user);
        const said = (name: string | null | undefined) => (name ? 'a name' : 'none');
        observe(
          suite,
          'Drive display names',
          `permissions.create: ${said(permission.displayName)}; files.get permissions: ${said(listed?.displayName)}; owners: ${said(owner?.displayName)}`,
        );
        expect(permission.emailAddress?.toLowerCase()).toBe(other);
        expect(listed?.emailAddress?.toLowerCase()).toBe(other);
        for (const name of [permission.displayName, listed?.displayName, owner?.displayName])
          if (name !== undefined && name !== null) expect(name.trim()).not.toBe('');
        if (emulated) {
          expect(permission.displayName).toBe(listed?.displayName);
          expect(permission.displayName).toBeTruthy();
          expect(owner?.displayName).toBeTruthy();
        }
      });
    }

    if (factory.capabilities.actAsOther) {
      it('a guest may change their own attendee comment, which the organizer reads; shared fields stay the organizer’s', async () => {
        // A guest's Tandem leaves a trace of a doc it made in the guest's own attendee comment
        // (leaveTrace in src/app/cards/create-doc.ts), sending the attendee list with only that
        // comment changed; the organizer's Tandem reads it (tracedDoc in src/app/pair-doc.ts).
        const { user, otherUser } = suite.target;
        const guest = suite.target.otherClients?.calendar;
        if (!guest || !otherUser) throw new Error('this target cannot act as the other person');
        const series = await suite.insertEvent(
          'guest comment',
          weekly('17', { attendees: [{ email: user }, { email: otherUser }] }),
        );
        const id = series.id ?? '';
        const theirs = await suite.eventually(() => guest.get('primary', id));
        const trace = `Tandem agenda: https://docs.google.com/document/d/${suite.scratch.runId}/edit (contract)`;
        const attendees = (theirs.attendees ?? []).map((a) =>
          a.email?.toLowerCase() === otherUser ? { ...a, comment: trace } : a,
        );
        await guest.patch('primary', id, { attendees }, QUIET);
        await suite.eventually(async () => {
          const mine = await suite.target.clients.calendar.get('primary', id);
          expect(mine.attendees?.find((a) => a.email?.toLowerCase() === otherUser)?.comment).toBe(trace);
        });
        const renamed = await settle(
          guest.patch('primary', id, { summary: `${series.summary} (guest)` }, QUIET),
        );
        observe(
          suite,
          'a guest changing a shared field',
          renamed.ok ? 'accepted' : `${renamed.failure.code} ${renamed.failure.reason}`,
        );
        expect((await suite.target.clients.calendar.get('primary', id)).summary).toBe(series.summary);
        if (emulated) expect(renamed).toMatchObject({ ok: false, failure: { code: 403 } });
      });

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
