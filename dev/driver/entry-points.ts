// The bundle's global functions that dev/driver calls (for tandem-sim, the playground, the bench and
// the tests), by what they do.
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
