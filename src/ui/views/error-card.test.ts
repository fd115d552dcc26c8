// The error card: a plain message, and "Try again" only when a route can retry.
import { errorCard } from './error-card';
import { actionsOf, cardText } from '../testing/read-card';
import { rendered, useCardService } from './testing';

useCardService();

describe('errorCard', () => {
  it('says what went wrong in the words given', () => {
    const json = errorCard('Tandem couldn’t reach Google Calendar. Try again in a minute.');
    expect(cardText(json)).toContain('<b>Something went wrong.</b> Tandem couldn’t reach Google Calendar.');
    expect(actionsOf(json)).toEqual([]);
    expect(rendered(json)).toEqual(json);
  });

  it('offers "Try again" with the retry route and its parameters', () => {
    const json = errorCard('The doc is busy.', 'prepareNow', { docId: 'd1' });
    expect(actionsOf(json)).toEqual([{ action: 'prepareNow', docId: 'd1' }]);
    expect(rendered(json)).toEqual(json);
  });

  it('still says something when the message is empty', () => {
    expect(cardText(errorCard('  '))).toContain('Tandem hit an unexpected problem.');
  });
});
