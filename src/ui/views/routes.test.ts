// Routes and form inputs: typed buttons that call dispatchAction, parameters read back safely,
// item references and role dropdown names that survive the round trip.
import { ACTION_PARAMETER, DISPATCH_FUNCTION } from '../card';
import { isReviewPeriod, pairKeyOfRoleInput, roleInputName } from '../../app/cards/inputs';
import {
  ROUTE_NAMES,
  decodeItemRef,
  encodeItemRef,
  isRouteName,
  readRouteParams,
  routeAction,
  routeButton,
} from './routes';

describe('routeButton', () => {
  it('calls dispatchAction with the route as the action parameter, then its parameters', () => {
    expect(routeButton('Mark done', 'markDone', { docId: 'd1', item: '2026-11-24 book the room' })).toEqual({
      text: 'Mark done',
      onClick: {
        action: {
          function: DISPATCH_FUNCTION,
          parameters: [
            { key: ACTION_PARAMETER, value: 'markDone' },
            { key: 'docId', value: 'd1' },
            { key: 'item', value: '2026-11-24 book the room' },
          ],
        },
      },
    });
  });

  it('leaves out an optional parameter that is not set', () => {
    expect(routeAction('reviewNotes', {}).parameters).toEqual([
      { key: ACTION_PARAMETER, value: 'reviewNotes' },
    ]);
    expect(routeAction('reviewNotes', { pairKey: 'a b' }).parameters).toContainEqual({
      key: 'pairKey',
      value: 'a b',
    });
  });
});

describe('isRouteName', () => {
  it('knows every route and nothing else', () => {
    expect(ROUTE_NAMES).toHaveLength(19);
    for (const name of ROUTE_NAMES) expect(isRouteName(name)).toBe(true);
    for (const name of ['dispatchAction', 'toString', '__proto__', '', 42])
      expect(isRouteName(name)).toBe(false);
  });
});

describe('readRouteParams', () => {
  it('reads the parameters a route needs and drops the others', () => {
    expect(
      readRouteParams('addQuestion', { action: 'addQuestion', pairKey: 'a b', questionId: 'q1', x: 'y' }),
    ).toEqual({
      pairKey: 'a b',
      questionId: 'q1',
    });
  });

  it('refuses a missing, empty or non-string parameter', () => {
    expect(readRouteParams('addQuestion', { pairKey: 'a b' })).toBeNull();
    expect(readRouteParams('addQuestion', { pairKey: '', questionId: 'q1' })).toBeNull();
    expect(readRouteParams('prepareNow', { docId: 7 })).toBeNull();
  });

  it('takes an optional parameter only when it is set', () => {
    expect(readRouteParams('reviewNotes', {})).toEqual({});
    expect(readRouteParams('reviewNotes', { pairKey: 'a b' })).toEqual({ pairKey: 'a b' });
    expect(readRouteParams('turnOn', { action: 'turnOn' })).toEqual({});
  });
});

describe('encodeItemRef and decodeItemRef', () => {
  it('round-trip a reference, spaces and all', () => {
    const ref = { date: '2026-11-24', identity: 'bob: send the  doc · now' };
    expect(decodeItemRef(encodeItemRef(ref))).toEqual(ref);
  });

  it('refuse text that is not a reference', () => {
    expect(decodeItemRef('send the doc')).toBeNull();
    expect(decodeItemRef('2026-11-24')).toBeNull();
    expect(decodeItemRef('2026-11-24 ')).toBeNull();
  });
});

describe('form inputs', () => {
  it('name a role dropdown after its pair and read the pair back', () => {
    expect(pairKeyOfRoleInput(roleInputName('a@x.com b@x.com'))).toBe('a@x.com b@x.com');
    expect(pairKeyOfRoleInput('template')).toBeNull();
    expect(pairKeyOfRoleInput('role:')).toBeNull();
  });

  it('know the review periods', () => {
    expect(isReviewPeriod('lastHalf')).toBe(true);
    expect(isReviewPeriod('decade')).toBe(false);
    expect(isReviewPeriod(undefined)).toBe(false);
  });
});
