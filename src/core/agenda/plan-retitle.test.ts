import { DocumentModel } from '../../../dev/emulator/docs';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { planNewAgenda, agendaTitle, namesInTitle } from './plan-new-agenda';
import { planRetitle } from './plan-retitle';
import { buildDoc } from './testing/build-doc';
import { renderDoc } from './testing/render-doc';

const NAMED = [
  { email: 'alice@acme.test', name: 'Alice Moreau' },
  { email: 'bob@acme.test', name: 'Bob Okafor' },
];
const BARE = NAMED.map((p) => ({ email: p.email, name: null }));

function apply(document: docs_v1.Schema$Document, requests: docs_v1.Schema$Request[]) {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
}

const madeWithAddresses = () =>
  apply(buildDoc([]), planNewAgenda({ title: agendaTitle(BARE), people: BARE }));

describe('planRetitle', () => {
  it('renames the people in a header Tandem wrote with addresses', () => {
    const after = apply(madeWithAddresses(), planRetitle(madeWithAddresses(), NAMED));
    const lines = renderDoc(after);
    expect(lines[0]).toBe('= Alice Moreau & Bob Okafor · 1:1');
    expect(lines[1]).toMatch(/^Alice and Bob: this doc is for your 1:1s/);
    expect(lines[2]).toContain('"Bob:" for who');
    expect(planRetitle(after, NAMED)).toEqual([]);
  });

  it('leaves a title or intro a person changed', () => {
    const doc = madeWithAddresses();
    const edited = apply(doc, [{ insertText: { location: { index: 1 }, text: 'Our ' } }]);
    const after = apply(edited, planRetitle(edited, NAMED));
    expect(renderDoc(after)[0]).toBe('= Our alice@acme.test & bob@acme.test · 1:1');
    expect(renderDoc(after)[1]).toMatch(/^Alice and Bob: /);
  });

  it('does nothing while a name is still unknown either way', () => {
    expect(planRetitle(madeWithAddresses(), BARE)).toEqual([]);
  });
});

describe('namesInTitle', () => {
  it('reads both names of a title Tandem wrote, in its order', () => {
    expect(namesInTitle('Alice Moreau & Bob Okafor · 1:1')).toEqual(['Alice Moreau', 'Bob Okafor']);
  });

  it('gives no name for a side that is an address', () => {
    expect(namesInTitle('alice@acme.test & Bob Okafor · 1:1')).toEqual([null, 'Bob Okafor']);
  });

  it('reads nothing from a title that is not Tandem’s or that " & " makes ambiguous', () => {
    expect(namesInTitle('Weekly sync')).toBeNull();
    expect(namesInTitle('Gwen & Co & Bob · 1:1')).toBeNull();
    expect(namesInTitle(undefined)).toBeNull();
  });
});
