// The Calendar API v3 emulator's public surface: the store, the service the add-on calls as
// `Calendar`, and the few constants and helpers other emulator parts and tests rely on.
export { CalendarStore } from './store';
export type { CalendarService, GetArgs } from './service';
export type { ListArgs } from './list';
export type { WriteArgs } from './writes';
export type { ChangeActor, ChangeListener } from './data';
export type { CalendarState, Event, Events, GuestCopy } from './model';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './list';
export { EXPANSION_HORIZON_MS } from './collect';
export { MAX_ATTACHMENTS, isValidEventId } from './defaults';
export { MAX_INSTANCES } from './recurrence';
