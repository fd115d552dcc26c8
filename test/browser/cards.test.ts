// Tandem's panel in Chromium: cards from the real bundle beside an event, and the card renderer
// (every widget Tandem uses, CardService's HTML subset, action responses) on hand-written card JSON.
import { dispatch, EVERY_WIDGET } from './card-fixtures';
import { byTestId, panelSettled, waitForText, type DomElement, useBrowserSession } from './harness';

const ui = useBrowserSession({ open: () => '' });
beforeEach(async () => {
  await panelSettled(ui.page);
});
afterEach(async () => {
  await ui.page.unrouteAll({ behavior: 'ignoreErrors' });
});

const panelButton = (name: string) =>
  byTestId(ui.page, 'addon-panel').getByRole('button', { name, exact: true });

async function showCard(card: unknown): Promise<void> {
  await ui.page.evaluate(
    (c) => (globalThis as unknown as { playground: { showCard(c: unknown): void } }).playground.showCard(c),
    card,
  );
}

describe('when an event is clicked', () => {
  it('the panel shows what the bundle answers for that event', async () => {
    const answer = await ui.world.api('/api/card/event', {
      user: 'alice@example.com',
      eventId: 'bob1on1_20261020T080000Z',
    });
    await ui.page.locator('[data-event-id="bob1on1_20261020T080000Z"]').click();
    await waitForText(byTestId(ui.page, 'panel-context'), 'Alice / Bob');
    const shown = await panelSettled(ui.page);
    if (answer.json.ok) {
      const card = answer.json.value as { header?: { title?: string } };
      expect(shown).toBe('card');
      if (card.header?.title) await waitForText(byTestId(ui.page, 'card-title'), card.header.title);
    } else {
      expect(shown).toBe(answer.json.missingFunction ? 'missing' : 'error');
    }
  });
});

describe('when a card holds every widget Tandem uses', () => {
  it('renders each of them, with no placeholder', async () => {
    await showCard(EVERY_WIDGET);
    await waitForText(byTestId(ui.page, 'card-title'), 'Alice / Bob');
    expect(await byTestId(ui.page, 'unknown-widget').count()).toBe(0);
    const kinds = await ui.page
      .locator('[data-testid="panel-body"] .widget')
      .evaluateAll((nodes) =>
        [...new Set(nodes.map((n) => (n as unknown as DomElement).dataset.widget))].sort(),
      );
    expect(kinds).toEqual([
      'buttonList',
      'dateTimePicker',
      'decoratedText',
      'divider',
      'image',
      'selectionInput',
      'textInput',
      'textParagraph',
    ]);
    await waitForText(byTestId(ui.page, 'card-footer'), 'Save settings');
  });

  it('hides the widgets of a collapsible section past uncollapsibleWidgetsCount until "Show more"', async () => {
    await showCard(EVERY_WIDGET);
    const image = ui.page.locator('[data-testid="panel-body"] .w-image');
    expect(await image.isVisible()).toBe(false);
    await ui.page.getByText('Show more').click();
    expect(await image.isVisible()).toBe(true);
  });

  it("renders CardService's HTML subset as elements", async () => {
    await showCard(EVERY_WIDGET);
    const text = ui.page.locator('.w-text').first();
    expect(await text.locator('b').textContent()).toBe('Tue 27 Oct');
    expect(await text.locator('span').evaluate((n) => (n as unknown as DomElement).style.color)).toBe(
      'rgb(31, 111, 92)',
    );
    expect(await text.locator('a').getAttribute('href')).toBe('https://example.com');
    expect(await text.locator('br').count()).toBe(1);
  });

  it('sends the form values and parameters with a button press, and applies the response', async () => {
    await showCard(EVERY_WIDGET);
    let sent: Record<string, unknown> | null = null;
    await ui.page.route('**/api/action', async (route) => {
      sent = route.request().postDataJSON() as Record<string, unknown>;
      await route.fulfill({
        json: {
          ok: true,
          value: {
            action: {
              navigations: [
                {
                  pushCard: {
                    name: 'added',
                    header: { title: 'Question added' },
                    sections: [{ widgets: [{ textParagraph: { text: 'Saved.' } }] }],
                  },
                },
              ],
              notification: { text: 'Added to the agenda' },
            },
          },
          calls: 0,
          effects: [],
          logs: [],
        },
      });
    });
    await panelButton('Add to agenda').click();
    await waitForText(byTestId(ui.page, 'card-title'), 'Question added');
    await waitForText(byTestId(ui.page, 'panel-toast'), 'Added to the agenda');
    expect(sent).toMatchObject({
      user: 'alice@example.com',
      host: 'CALENDAR',
      function: 'dispatchAction',
      parameters: { action: 'addQuestion' },
      form: {
        question: { kind: 'string', values: ['How are you?'] },
        category: { kind: 'string', values: ['growth'] },
        notify: { kind: 'string', values: ['yes'] },
        days: { kind: 'string', values: ['MO', 'WE'] },
        cadence: { kind: 'string', values: ['biweekly'] },
        from: { kind: 'date', msSinceEpoch: Date.UTC(2026, 9, 1) },
      },
    });
    // Back pops the pushed card.
    await byTestId(ui.page, 'panel-back').click();
    await waitForText(byTestId(ui.page, 'card-title'), 'Alice / Bob');
  });

  it('follows updateCard and popToRoot navigations', async () => {
    await showCard(EVERY_WIDGET);
    const responses = [
      {
        action: {
          navigations: [
            {
              pushCard: {
                header: { title: 'Second' },
                sections: [
                  { widgets: [{ buttonList: { buttons: [{ text: 'Next', onClick: dispatch('next') }] } }] },
                ],
              },
            },
          ],
        },
      },
      {
        action: {
          navigations: [
            {
              updateCard: {
                header: { title: 'Second, updated' },
                sections: [
                  { widgets: [{ buttonList: { buttons: [{ text: 'Home', onClick: dispatch('home') }] } }] },
                ],
              },
            },
          ],
        },
      },
      { action: { navigations: [{ popToRoot: true }] } },
    ];
    await ui.page.route('**/api/action', (route) =>
      route.fulfill({ json: { ok: true, value: responses.shift(), calls: 0, effects: [], logs: [] } }),
    );
    await panelButton('Add to agenda').click();
    await waitForText(byTestId(ui.page, 'card-title'), 'Second');
    await panelButton('Next').click();
    await waitForText(byTestId(ui.page, 'card-title'), 'Second, updated');
    await panelButton('Home').click();
    await waitForText(byTestId(ui.page, 'card-title'), 'Alice / Bob');
    expect(await byTestId(ui.page, 'panel-back').isVisible()).toBe(false);
  });
});

describe('edge cases', () => {
  it('an unknown widget renders a visible placeholder naming it', async () => {
    await showCard({
      header: { title: 'Odd' },
      sections: [{ widgets: [{ carousel: { items: [] } }, { textParagraph: { text: 'still here' } }] }],
    });
    const box = byTestId(ui.page, 'unknown-widget');
    await waitForText(box, 'carousel');
    expect(await box.isVisible()).toBe(true);
    await waitForText(ui.page.locator('.w-text'), 'still here');
  });

  it('never injects markup: script, img and event handlers in card text show as text', async () => {
    await showCard({
      header: { title: '<img src=x onerror="window.__pwned=1">' },
      sections: [
        {
          widgets: [
            {
              textParagraph: {
                text: '<script>window.__pwned=2</script><i onclick="x()">hi</i> <a href="javascript:alert(1)">bad</a>',
              },
            },
          ],
        },
      ],
    });
    const body = byTestId(ui.page, 'panel-body');
    await waitForText(body, '<script>window.__pwned=2</script>');
    expect(await body.locator('script, img[src="x"]').count()).toBe(0);
    expect(await body.locator('i').getAttribute('onclick')).toBeNull();
    expect(await body.locator('a').getAttribute('href')).toBeNull();
    expect(
      await ui.page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  it('says clearly when the bundle has no such function yet', async () => {
    await ui.page.route('**/api/card/event', (route) =>
      route.fulfill({
        json: {
          ok: false,
          value: null,
          error: 'Script function not found: onCalendarEventOpen',
          missingFunction: 'onCalendarEventOpen',
          calls: 0,
          effects: [],
          logs: [],
        },
      }),
    );
    await ui.page.locator('[data-event-id="bob1on1_20261020T080000Z"]').click();
    await waitForText(byTestId(ui.page, 'panel-missing'), 'has no onCalendarEventOpen() yet');
  });

  it('a link to a doc that is not in the world opens the Docs view with a clear message', async () => {
    await showCard(EVERY_WIDGET);
    await panelButton('Open doc').click();
    await waitForText(byTestId(ui.page, 'doc-error'), /not found/i);
  });
});
