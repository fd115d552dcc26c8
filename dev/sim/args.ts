// Command-line parsing for tandem-sim: one command word, then --options (design.md §7).
import { parseArgs } from 'node:util';

export const COMMANDS = [
  'new',
  'enable',
  'tick',
  'sync',
  'open-event',
  'open-doc',
  'click',
  'doc',
  'edit',
  'calendar',
  'files',
  'calls',
  // Each user's installed triggers: --as EMAIL for one (design.md §7).
  'triggers',
  // The e-mails Tandem sent: --to EMAIL (or --as EMAIL, that person's mailbox) for one person's.
  'mail',
] as const;
export type Command = (typeof COMMANDS)[number];

export interface SimArgs {
  command: Command;
  world: string;
  as?: string;
  to?: string;
  event?: string;
  doc?: string;
  action?: string;
  params?: string;
  form?: string;
  format: 'text' | 'json';
  /** open-doc: first do what the person's "Allow access" does (grant drive.file for the doc). */
  grant: boolean;
  /** click: then save the open event, keeping what the card added to it (Calendar's default: not saved). */
  save: boolean;
  requests?: string;
  insert?: string;
  patch?: string;
  patchFile?: string;
  delete?: string;
  fail: string[];
  deadlineMs?: number;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `usage: tandem-sim <command> --world FILE [options]
commands: ${COMMANDS.join(', ')}
options: --as EMAIL, --to ISO, --event ID, --doc ID, --action NAME, --params JSON, --form JSON,
         --format text|json, --requests FILE, --insert FILE, --patch ID FILE, --delete ID,
         --fail METHOD:CODE[:N] (repeatable), --deadline-ms N
cards:   open-event --as EMAIL --event ID
         open-doc --as EMAIL --doc ID [--grant]    --grant: first "Allow access" (drive.file for that doc)
         click --as EMAIL --action NAME [--event ID | --doc ID] [--params JSON] [--form JSON] [--save]
           the press happens on the card of that event or doc; attachments the card adds to the open
           event are kept only if the event is saved: --save saves it, else Calendar drops them
mail:    mail [--to EMAIL | --as EMAIL]          the e-mails Tandem sent (to, subject, plain body, time),
           all of them or those one person received
world:   calendar --as EMAIL --insert FILE     FILE: a Calendar API v3 Event, as events.insert takes it
           (example: docs/examples/weekly-1on1.json: summary, start/end {dateTime, timeZone},
           recurrence ["RRULE:…"], attendees [{email}]); --patch ID FILE takes the fields to change
         files --as EMAIL                      the Drive files EMAIL can see: each doc's "id" is the
           DOC_ID that doc, edit, open-doc and click --doc take
         edit --as EMAIL --doc DOC_ID --requests FILE   FILE: Docs API batchUpdate requests, as
           [{...}] or {"requests": [{...}]}, applied as that person`;

export function parseSimArgs(argv: string[]): SimArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        world: { type: 'string' },
        as: { type: 'string' },
        to: { type: 'string' },
        event: { type: 'string' },
        doc: { type: 'string' },
        action: { type: 'string' },
        params: { type: 'string' },
        form: { type: 'string' },
        format: { type: 'string' },
        grant: { type: 'boolean' },
        save: { type: 'boolean' },
        requests: { type: 'string' },
        insert: { type: 'string' },
        patch: { type: 'string' },
        delete: { type: 'string' },
        fail: { type: 'string', multiple: true },
        'deadline-ms': { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!command) throw new UsageError('missing command');
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`unknown command "${command}"`);
  if (!values.world) throw new UsageError('--world FILE is required');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  let deadlineMs: number | undefined;
  if (values['deadline-ms'] !== undefined) {
    deadlineMs = Number(values['deadline-ms']);
    if (!Number.isInteger(deadlineMs) || deadlineMs <= 0)
      throw new UsageError('--deadline-ms must be a positive integer');
  }
  if (values.grant && command !== 'open-doc') throw new UsageError('--grant is an option of open-doc only');
  if (values.save && command !== 'click') throw new UsageError('--save is an option of click only');
  const patchFile = values.patch !== undefined ? rest.shift() : undefined;
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  return {
    command: command as Command,
    world: values.world,
    as: values.as,
    to: values.to,
    event: values.event,
    doc: values.doc,
    action: values.action,
    params: values.params,
    form: values.form,
    format,
    grant: values.grant ?? false,
    save: values.save ?? false,
    requests: values.requests,
    insert: values.insert,
    patch: values.patch,
    patchFile,
    delete: values.delete,
    fail: values.fail ?? [],
    deadlineMs,
  };
}

export function required<T>(value: T | undefined, flag: string, command: string): T {
  if (value === undefined || value === '') throw new UsageError(`${command} needs ${flag}`);
  return value;
}

/** Parses a JSON option value; the message names the flag. */
export function jsonOption(text: string, flag: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${flag} is not valid JSON (${(e as Error).message})`);
  }
}
