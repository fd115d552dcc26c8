// The playground's Docs view in Chromium: the agenda doc drawn from the Docs API's JSON, and a
// person's edits (rewrite, add, tick) reaching the document through batchUpdate requests.
import { docToLines } from '../../dev/doc-text';
import { AGENDA_DOC_ID, worldWithAgendaDoc } from './fixtures';
import { byTestId, openPage, waitForText, type DomElement, useBrowserSession } from './harness';

const ui = useBrowserSession({ world: worldWithAgendaDoc });

const docHash = (user: string) => `#/doc?user=${encodeURIComponent(user)}&doc=${AGENDA_DOC_ID}`;
const paragraph = (text: string) =>
  ui.page.locator('[data-testid="doc-paragraph"]').filter({ hasText: text }).first();

/** The document as `tandem-sim doc` prints it, read from the saved world. */
function savedLines(): string[] {
  const file = ui.world.savedWorld().drive.files.find((f) => f.id === AGENDA_DOC_ID);
  if (!file?.document) throw new Error('the agenda doc is not in the saved world');
  return docToLines(file.document);
}

describe('when Alice opens the agenda doc', () => {
  it('draws the title, headings, struck text and links from the Docs JSON', async () => {
    await openPage(ui.page, ui.world, docHash('alice@example.com'));
    await waitForText(byTestId(ui.page, 'doc-name'), 'Alice Moreau & Bob Okafor · 1:1');
    const styles = await ui.page
      .locator('[data-testid="doc-paragraph"]')
      .evaluateAll((nodes) => nodes.map((n) => (n as unknown as DomElement).dataset.style));
    expect(styles).toEqual([
      'TITLE',
      'HEADING_1',
      'HEADING_2',
      'NORMAL_TEXT',
      'HEADING_2',
      'NORMAL_TEXT',
      'NORMAL_TEXT',
    ]);
    expect(await paragraph('book the offsite room').locator('.s').count()).toBe(1);
    expect(await paragraph('book the offsite room').getAttribute('data-marker')).toBe('done');
    expect(await paragraph('team wiki').locator('a').getAttribute('href')).toBe('https://example.com/wiki');
  });

  it('opens the Docs sidebar beside it', async () => {
    await openPage(ui.page, ui.world, docHash('alice@example.com'));
    await waitForText(byTestId(ui.page, 'panel-context'), 'Docs sidebar');
  });
});

describe('when Alice edits the doc', () => {
  it('rewriting a paragraph changes the document through batchUpdate', async () => {
    await openPage(ui.page, ui.world, docHash('alice@example.com'));
    await paragraph('Check-in').getByTestId('para-edit').click();
    await byTestId(ui.page, 'para-input').fill('Check-in and news');
    await byTestId(ui.page, 'para-save').click();
    await paragraph('Check-in and news').waitFor();
    expect(savedLines()[2]).toBe('## Check-in and news');
  });

  it('adding a paragraph after a heading adds normal text there', async () => {
    await openPage(ui.page, ui.world, docHash('alice@example.com'));
    await paragraph('Action items').getByTestId('para-add').click();
    await byTestId(ui.page, 'para-input').fill('[ ] Alice: share the roadmap');
    await byTestId(ui.page, 'para-save').click();
    await paragraph('share the roadmap').waitFor();
    expect(savedLines().slice(4, 6)).toEqual(['## Action items', '[ ] Alice: share the roadmap']);
  });

  it('ticking an action item turns [ ] into [x]', async () => {
    await openPage(ui.page, ui.world, docHash('alice@example.com'));
    await paragraph('send the deck').getByTestId('para-toggle').click();
    await ui.page.waitForSelector(
      '[data-testid="doc-paragraph"][data-marker="done"]:has-text("send the deck")',
    );
    expect(savedLines()[5]).toBe('[x] Bob: send the deck to Priya');
  });
});

describe('when the other person of the pair opens it', () => {
  it('Bob sees the same doc, with the edit Alice made', async () => {
    await openPage(ui.page, ui.world, docHash('alice@example.com'));
    await paragraph('send the deck').getByTestId('para-toggle').click();
    await ui.page.waitForSelector('[data-marker="done"]:has-text("send the deck")');
    await byTestId(ui.page, 'user-select').selectOption('bob@example.com');
    await waitForText(byTestId(ui.page, 'panel-context'), 'Docs sidebar');
    await ui.page.waitForSelector('[data-marker="done"]:has-text("send the deck")');
    expect(ui.page.url()).toContain('user=bob%40example.com');
  });
});

describe('edge cases', () => {
  it('someone outside the pair cannot open the doc', async () => {
    await openPage(ui.page, ui.world, docHash('chloe@example.com'));
    await waitForText(byTestId(ui.page, 'doc-error'), /permission/i);
  });

  it('an edit on a doc that changed since it was loaded is refused, and the page reloads it', async () => {
    await openPage(ui.page, ui.world, docHash('alice@example.com'));
    // Bob edits behind Alice's page.
    const bobEdit = await ui.world.api('/api/doc/edit', {
      user: 'bob@example.com',
      docId: AGENDA_DOC_ID,
      edit: { kind: 'replace', at: 1, text: 'Alice & Bob' },
    });
    expect(bobEdit.status).toBe(200);
    await paragraph('Check-in').getByTestId('para-edit').click();
    await byTestId(ui.page, 'para-input').fill('Check-in!');
    await byTestId(ui.page, 'para-save').click();
    await waitForText(byTestId(ui.page, 'toast'), 'the doc changed since you loaded it');
    await paragraph('Alice & Bob').waitFor();
    expect(savedLines()[2]).toBe('## Check-in');
  });
});
