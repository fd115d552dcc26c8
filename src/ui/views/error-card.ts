// The card for any failure, in plain words, with a way to try again when there is one.
// Every response type's error handler renders this; the message is escaped like any other text.
import { buttons, card, html, paragraph, section, type Card, type Widget } from '../card';
import { routeButton, type RouteName, type RouteParams } from './routes';

/**
 * A card saying what went wrong, with "Try again" when a route can retry it.
 *
 * @example errorCard('Tandem couldn’t reach Google Calendar.', 'refresh', {})
 */
export function errorCard<R extends RouteName>(
  message: string,
  retryRoute?: R,
  retryParams?: RouteParams[R],
): Card {
  const widgets: Widget[] = [
    paragraph(html`<b>Something went wrong.</b> ${message.trim() || 'Tandem hit an unexpected problem.'}`),
  ];
  if (retryRoute !== undefined) {
    const params = retryParams ?? ({} as RouteParams[R]);
    widgets.push(buttons(routeButton('Try again', retryRoute, params, { type: 'FILLED' })));
  }
  return card({ name: 'error', header: { title: 'Tandem' }, sections: [section(widgets)] });
}
