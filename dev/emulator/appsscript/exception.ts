// The error built-in Apps Script services throw: the V8 runtime shows it as "Exception: <message>",
// so `name` is 'Exception' and `message` is Google's text without the prefix.

export class AppsScriptException extends Error {
  override readonly name = 'Exception';
}

/** Google's texts, kept together so tests and code quote the same words. */
export const MESSAGES = {
  /** Public execution logs, e.g. "Exception: You have exceeded the property storage quota. …" */
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  /** Seen in public Apps Script fakes; Google does not publish the text. */
  argumentTooLarge: (name: string) => `Argument too large: ${name}`,
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  everyMinutes: 'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.',
  /** Text from a public add-on's tests; the rule itself is in Google's installable-triggers guide. */
  addOnTooFrequent: 'Add-ons may not create time-based triggers to run more frequently than once per hour.',
  /**
   * A second time-driven trigger for the same user of an add-on. Google's wording as public editor
   * add-ons logged it ("Exception: This add-on has created too many time-based triggers in this
   * document for this Google user account."); the rule is the editor add-on page's "one trigger of
   * each type, per user, per document" (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
   * A Workspace add-on's wording is not published: the emulator reuses this one.
   */
  tooManyTimeBased:
    'This add-on has created too many time-based triggers in this document for this Google user account.',
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  /**
   * MailApp past the daily e-mail recipients quota. Google's quotas page says only that a script
   * past a quota "throws an exception" naming the service; this wording is the one public execution
   * logs show for MailApp/GmailApp sends. Tandem must never parse it (it checks the quota first).
   */
  mailQuota: 'Service invoked too many times for one day: email.',
  /** As public execution logs show MailApp's refusal of a malformed address. */
  invalidEmail: (address: string) => `Invalid email: ${address}`,
  /** As public execution logs show MailApp.sendEmail with an empty recipient. */
  noRecipient: 'Failed to send email: no recipient',
} as const;
