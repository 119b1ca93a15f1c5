import { describe, expect, it } from 'vitest';

import type { KnownPerson } from '../graph/identity-store.ts';
import { entityId } from '../graph/schema.ts';
import type { DocumentForWrite, ExtractedEntity } from '../graph/types.ts';
import {
  compareNames,
  KnownPeople,
  knownFromDocuments,
  linkPersons,
  linkWithSignature,
  lookupTokens,
  personKeys,
  RunPeople,
} from './link.ts';

const ev = { sentence: 's', start: 0, end: 1 };
const person = (name: string, aliases: string[] = []): ExtractedEntity => ({
  id: entityId('Person', name),
  type: 'Person',
  name,
  aliases,
});
const office = (name: string, state: string): ExtractedEntity => ({
  id: entityId('Office', name),
  type: 'Office',
  name,
  aliases: [],
  title: name,
  state,
});

/** A one-person document: `name` holds `officeName` of `state`. */
function docWith(name: string, officeName: string, state: string): DocumentForWrite {
  const p = person(name);
  const o = office(officeName, state);
  return {
    document: { file: 'x.txt', title: 'x', sha256: '0' },
    text: name,
    entities: [p, o],
    relations: [{ type: 'HOLDS_OFFICE', from: p.id, to: o.id, evidence: ev }],
    mentions: [{ entityId: p.id, start: 0, end: name.length }],
  };
}

const known = (name: string, states: string[]): KnownPerson => ({
  id: entityId('Person', name),
  name,
  aliases: [],
  states,
});

describe('compareNames', () => {
  it('tells same, fuller, surname and none apart', () => {
    expect(compareNames('Yoon Suk-yeol', 'Yoon Suk Yeol')).toBe('same');
    expect(compareNames('Vladimir Putin', 'Vladimir Vladimirovich Putin')).toBe('fuller');
    expect(compareNames('Sergei Lavrov', 'Sergey Viktorovich Lavrov')).toBe('fuller');
    expect(compareNames('Sergei Lavrov', 'Sergey Lavrov')).toBe('same');
    expect(compareNames('Kishida Fumio', 'Fumio Kishida')).toBe('same');
    expect(compareNames('Sergei Lavrov', 'Sergei Ryabkov')).toBe('none');
    expect(compareNames('Abe', 'Shinzo Abe')).toBe('surname');
    expect(compareNames('Xi', 'Xi Jinping')).toBe('surname');
    expect(compareNames('Akie Abe', 'Shinzo Abe')).toBe('none');
    expect(compareNames('Abe', 'Abraham Lincoln')).toBe('none');
  });
});

describe('linkPersons', () => {
  it('links a surname-only person to the known person of the same state and follows every reference', () => {
    const doc = docWith('Abe', 'Prime Minister of Japan', 'Japan');
    const linked = linkPersons(doc, [known('Shinzo Abe', ['Japan']), known('Hiroshi Abe', ['Brazil'])]);
    const p = linked.entities.find((e) => e.type === 'Person')!;
    expect(p.id).toBe('person:shinzo-abe');
    expect(p.aliases).toContain('Abe');
    expect(linked.relations[0]!.from).toBe('person:shinzo-abe');
    expect(linked.mentions[0]!.entityId).toBe('person:shinzo-abe');
  });

  it('keeps two people sharing a surname in different states apart', () => {
    const doc = docWith('Lee', 'Prime Minister of Singapore', 'Singapore');
    const linked = linkPersons(doc, [known('Lee Jae-myung', ['South Korea'])]);
    expect(linked.entities.find((e) => e.type === 'Person')!.id).toBe('person:lee');
  });

  it('links a shorter full name to the stored fuller one, but not across states', () => {
    const doc = docWith('Vladimir Putin', 'President of Russia', 'Russia');
    expect(linkPersons(doc, [known('Vladimir Vladimirovich Putin', ['Russia'])]).entities[0]!.name).toBe(
      'Vladimir Vladimirovich Putin',
    );
    expect(linkPersons(doc, [known('Vladimir Ilyich Putin', ['Belarus'])]).entities[0]!.name).toBe('Vladimir Putin');
  });

  it('leaves an ambiguous surname alone', () => {
    const doc = docWith('Kim', 'President of South Korea', 'South Korea');
    const linked = linkPersons(doc, [known('Kim Dae-jung', ['South Korea']), known('Kim Young-sam', ['South Korea'])]);
    expect(linked.entities[0]!.id).toBe('person:kim');
  });

  it('makes the documents of one batch agree on the fuller name, whichever comes first', () => {
    const short = docWith('Vladimir Putin', 'President of Russia', 'Russia');
    const full = docWith('Vladimir Vladimirovich Putin', 'President of Russia', 'Russia');
    const surname = docWith('Putin', 'President of Russia', 'Russia');
    const batch = knownFromDocuments([short, full, surname]);
    expect(batch.map((k) => k.name).sort()).toEqual(['Vladimir Putin', 'Vladimir Vladimirovich Putin']);
    for (const d of [short, full, surname]) {
      expect(linkPersons(d, batch).entities[0]!.id).toBe('person:vladimir-vladimirovich-putin');
    }
  });

  it('asks the store only for meaningful tokens', () => {
    expect(lookupTokens(docWith('Shinzo Abe', 'Prime Minister of Japan', 'Japan')).sort()).toEqual(['abe', 'shinzo']);
  });

  it('also asks for the parts of a hyphenated name, as the full-text index splits them', () => {
    expect(lookupTokens(docWith('Yoon Suk-yeol', 'President of South Korea', 'South Korea')).sort()).toEqual([
      'suk',
      'sukyeol',
      'yeol',
      'yoon',
    ]);
  });
});

describe('KnownPeople', () => {
  const names = ['Vladimir Vladimirovich Putin', 'Sergey Lavrov', 'Yoon Suk-yeol', 'Shinzo Abe', 'Taro Kono'];
  const people = new KnownPeople(names.map((n) => known(n, [])));

  it('offers as candidates every known name compareNames can match, and only names sharing a key', () => {
    for (const probe of [
      'Putin',
      'Vladimir Putin',
      'Sergei Lavrov',
      'Yoon Suk Yeol',
      'Abe',
      'Kono Taro',
      'Fumio Kishida',
    ]) {
      const matching = names.filter((n) => compareNames(probe, n) !== 'none').sort();
      const offered = people.candidates(probe).map((k) => k.name);
      expect(offered.filter((n) => compareNames(probe, n) !== 'none').sort(), probe).toEqual(matching);
      expect(offered.length, probe).toBeLessThanOrEqual(2);
    }
  });

  it('lets its own people hide the same id in the base index', () => {
    const stored = { ...known('Shinzo Abe', ['Japan']), stored: true };
    const layered = new KnownPeople([stored], people);
    expect(layered.get(stored.id)).toBe(stored);
    expect(layered.candidates('Abe')).toEqual([stored]);
    expect(layered.candidates('Lavrov').map((k) => k.name)).toEqual(['Sergey Lavrov']);
  });
});

describe('RunPeople', () => {
  it('says under which name keys a person came or took a new state, so that documents linked before can be checked', () => {
    const people = new RunPeople();
    const surname = docWith('Putin', 'President of Russia', 'Russia');
    const short = docWith('Vladimir Putin', 'President of Russia', 'Russia');
    const full = docWith('Vladimir Vladimirovich Putin', 'President of Russia', 'Russia');
    // A bare surname is no candidate for others: nothing new.
    expect(people.addDocument(surname)).toEqual([]);
    const sharesAKeyWithSurname = (keys: string[]) => keys.some((k) => personKeys(surname).includes(k));
    const shortKeys = people.addDocument(short);
    expect(sharesAKeyWithSurname(shortKeys)).toBe(true);
    expect(people.addDocument(short)).toEqual([]); // the same person again, no new state
    expect(people.addDocument(docWith('Vladimir Putin', 'President of Belarus', 'Belarus'))).toEqual(shortKeys);
    expect(sharesAKeyWithSurname(people.addDocument(full))).toBe(true);

    // The surname's document, linked before and after the fuller name came, links otherwise.
    const before = new RunPeople();
    before.addDocument(short);
    const then = linkWithSignature(surname, before.index);
    const now = linkWithSignature(surname, people.index);
    expect(then.doc.entities[0]!.id).toBe('person:vladimir-putin');
    expect(now.doc.entities[0]!.id).toBe('person:vladimir-vladimirovich-putin');
    expect(now.signature).not.toBe(then.signature);
    expect(now.doc).toEqual(linkPersons(surname, people.index));
    expect(linkWithSignature(surname, people.index).signature).toBe(now.signature);
  });
});
