// Hand-written Card v1 JSON for the renderer tests: one card holding every widget Tandem's UI
// builds (src/ui/card.ts), with the dispatchAction buttons CardService would print.

/** The dispatchAction call of a route, as CardService prints it. */
export const dispatch = (action: string, extra: { key: string; value: string }[] = []) => ({
  action: { function: 'dispatchAction', parameters: [{ key: 'action', value: action }, ...extra] },
});

/** A card with every widget Tandem's UI builds (src/ui/card.ts). */
export const EVERY_WIDGET = {
  name: 'root',
  header: { title: 'Alice / Bob', subtitle: 'Weekly 1:1' },
  sections: [
    {
      header: 'Next meeting',
      collapsible: true,
      uncollapsibleWidgetsCount: 2,
      widgets: [
        {
          textParagraph: {
            text: '<b>Tue 27 Oct</b> · <font color="#1f6f5c">ready</font><br><a href="https://example.com">link</a>',
          },
        },
        {
          decoratedText: {
            topLabel: 'Open items',
            text: '[ ] send the deck',
            bottomLabel: 'from 2026-10-20',
            startIcon: { knownIcon: 'DESCRIPTION' },
            button: { text: 'Done', onClick: dispatch('markDone', [{ key: 'item', value: 'i1' }]) },
          },
        },
        { divider: {} },
        { image: { imageUrl: 'https://example.com/pic.png', altText: 'a picture' } },
      ],
    },
    {
      widgets: [
        { textInput: { name: 'question', label: 'Your question', value: 'How are you?' } },
        {
          selectionInput: {
            name: 'category',
            label: 'Category',
            type: 'DROPDOWN',
            items: [
              { text: 'Wins', value: 'wins', selected: false },
              { text: 'Growth', value: 'growth', selected: true },
            ],
          },
        },
        {
          selectionInput: {
            name: 'notify',
            type: 'SWITCH',
            items: [{ text: 'Notify', value: 'yes', selected: true }],
          },
        },
        {
          selectionInput: {
            name: 'days',
            type: 'CHECK_BOX',
            items: [
              { text: 'Mon', value: 'MO', selected: true },
              { text: 'Tue', value: 'TU', selected: false },
              { text: 'Wed', value: 'WE', selected: true },
            ],
          },
        },
        {
          selectionInput: {
            name: 'cadence',
            type: 'RADIO_BUTTON',
            items: [
              { text: 'Weekly', value: 'weekly', selected: false },
              { text: 'Biweekly', value: 'biweekly', selected: true },
            ],
          },
        },
        {
          dateTimePicker: {
            name: 'from',
            label: 'From',
            type: 'DATE_ONLY',
            valueMsEpoch: String(Date.UTC(2026, 9, 1)),
          },
        },
        {
          buttonList: {
            buttons: [
              { text: 'Add to agenda', type: 'FILLED', onClick: dispatch('addQuestion') },
              {
                text: 'Open doc',
                onClick: { openLink: { url: 'https://docs.google.com/document/d/missingDoc/edit' } },
              },
            ],
          },
        },
      ],
    },
  ],
  fixedFooter: { primaryButton: { text: 'Save settings', onClick: dispatch('saveSettings') } },
};
