// The bundle's global functions tandem-sim and the playground call, by what they do.
export const ENTRY = {
  homepage: 'onHomepage',
  calendarEventOpen: 'onCalendarEventOpen',
  docsHomepage: 'onDocsHomepage',
  docsFileScopeGranted: 'onDocsFileScopeGranted',
  action: 'dispatchAction',
  scheduledSync: 'onScheduledSync',
} as const;

/** The homepage "turn on" button's action name. */
export const TURN_ON_ACTION = 'turnOn';
