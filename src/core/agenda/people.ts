// The two people of a pair as the agenda doc names them: by first name or by email.
// Used to read `Owner: text` on action items and to word the doc's title and intro.

/** One person of the pair. `name` is the display name ("Alice Moreau"), when known. */
export interface Person {
  readonly email: string;
  readonly name?: string | null;
}

/**
 * The name a person goes by in the doc: the first word of the display name, else the part of
 * the email before `@`.
 *
 * @example
 * firstName({ email: 'alice@example.com', name: 'Alice Moreau' }) // 'Alice'
 * firstName({ email: 'bob.okafor@example.com' })                  // 'bob.okafor'
 */
export function firstName(person: Person): string {
  const word = (person.name ?? '').trim().split(/\s+/u)[0];
  if (word) return word;
  const local = person.email.split('@')[0];
  return local || person.email;
}

/**
 * Which people of the pair a written owner (`Bob`, `bob@example.com`) names, compared without
 * case. Two people with the same first name both match; the caller decides what that means.
 *
 * @example
 * peopleNamed('bob', [{ email: 'bob@example.com', name: 'Bob Okafor' }]) // [that person]
 * peopleNamed('Priya', [{ email: 'bob@example.com', name: 'Bob Okafor' }]) // []
 */
export function peopleNamed(written: string, people: readonly Person[]): Person[] {
  const wanted = fold(written);
  if (!wanted) return [];
  return people.filter((person) => fold(person.email) === wanted || fold(firstName(person)) === wanted);
}

function fold(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}
