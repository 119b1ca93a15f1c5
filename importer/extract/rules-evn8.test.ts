// Unit tests of the evn8 event-name rules (issue 6, item 6: one event under two descriptions is one node, known by
// every form the text gives it) on made-up sentences about invented people and real states and organisations.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function events(text: string, date = '2024-05-03') {
  const { out } = extractFacts(text, { file: 'made-up.txt', date }, true);
  return out.entities.filter((e) => e.type === 'Event');
}
const formsOf = (text: string, pattern: RegExp) =>
  events(text)
    .filter((e) => pattern.test(e.name))
    .flatMap((e) => [e.name, ...(e.aliases ?? [])]);

describe('alias.premodified / alias.held-in: a modifier before the mention and the place its clause gives', () => {
  it('keeps "African Union-led" and "in Arusha" as forms of the talks between two governments', () => {
    const forms = formsOf(
      'The African Union-led peace talks between the Government of Chad and the Government of Niger, which opened in Arusha on 3 May, concluded today.',
      /talks/,
    );
    expect(forms).toContain('African Union-led peace talks between the Government of Chad and the Government of Niger');
    expect(forms).toContain('peace talks in Arusha');
  });

  it('takes no lowercase word that is not a modifier of meetings ("the new peace talks" stays as it is)', () => {
    const forms = formsOf('Minister Ana Ruiz welcomed the new peace talks between Chad and Niger.', /talks/);
    expect(forms.some((f) => /^new /.test(f))).toBe(false);
  });
});

describe('alias.signing-place: a signing told with its place and as a ceremony', () => {
  it('gives "signing ceremony in City" to the signing of the agreement in the title', () => {
    const forms = formsOf(
      '# Chile and Peru sign the Border Trade Agreement\n\nMinister Ana Ruiz today signed in Lima the Border Trade Agreement with Minister Luis Mora. The ceremony was attended by officials of both countries.',
      /^signing of/,
    );
    expect(forms).toContain('signing ceremony in Lima');
    expect(forms).toContain('signing ceremony');
  });

  it('gives no ceremony form when the text tells none', () => {
    const forms = formsOf(
      '# Chile and Peru sign the Border Trade Agreement\n\nMinister Ana Ruiz today signed in Lima the Border Trade Agreement with Minister Luis Mora.',
      /^signing of/,
    );
    expect(forms).toContain('signing in Lima');
    expect(forms.some((f) => /ceremony/.test(f))).toBe(false);
  });
});

describe('alias.of-participants: a meeting of exactly two named people is also "meeting of A and B"', () => {
  it('names the meeting told by a verb after its two participants', () => {
    const ev = events(
      'President Ana Ruiz of Chile received Foreign Minister Luis Mora of Peru at the presidential palace. The meeting reviewed trade.',
    );
    const forms = ev.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    expect(forms).toContain('meeting of Ana Ruiz and Luis Mora');
  });

  it('gives no such form to a meeting of three', () => {
    const ev = events(
      'President Ana Ruiz of Chile met President Luis Mora of Peru and President Eva Soto of Bolivia in Lima.',
    );
    const forms = ev.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    expect(forms.some((f) => /^meeting of .* and /.test(f))).toBe(false);
  });
});

function facts(text: string, date = '2024-05-03') {
  const { out, rels } = extractFacts(text, { file: 'made-up.txt', date }, true);
  return { names: out.entities.filter((e) => e.type === 'Event').map((e) => e.name), rels };
}

describe('event.negotiations-of-meeting: the negotiations a numbered meeting is a sitting of', () => {
  const text =
    '1. Chile and Peru held the 3rd meeting of the negotiations on the 2nd Border Trade Agreement in Lima from May 1 to 2. ' +
    'Ambassador Ana Ruiz headed the Chilean delegation and Ambassador Luis Mora the Peruvian delegation.';

  it('finds the negotiations as an event of their own, which the meeting is part of', () => {
    const f = facts(text);
    const process = 'negotiations on the 2nd Border Trade Agreement';
    expect(f.names).toContain(process);
    expect([...f.rels].some((r) => r.startsWith('PART_OF|') && r.endsWith(`|${process}`))).toBe(true);
    expect(f.rels.has(`DISCUSSED|${process}|2nd Border Trade Agreement`)).toBe(true);
  });

  it('reads no process from a meeting of negotiations that names nothing negotiated', () => {
    const f = facts('Chile and Peru held the 3rd meeting of the negotiations in Lima.');
    expect(f.names.some((n) => /^negotiations on/.test(n))).toBe(false);
  });
});

describe('involves.held-by-sides: the coordinated sides that held an event are its parties', () => {
  it('gives both states that held the meeting, and the negotiations it is a sitting of', () => {
    const f = facts(
      '1. Chile and Peru held the 3rd meeting of the negotiations on the 2nd Border Trade Agreement in Lima from May 1 to 2.',
    );
    expect([...f.rels].filter((r) => r.startsWith('INVOLVES|negotiations on the 2nd Border')).length).toBe(2);
  });

  it('gives nothing when one body of an organisation held it', () => {
    const f = facts(
      'The Peace and Security Council of the African Union held its 1200th meeting on the situation in Sudan.',
    );
    expect([...f.rels].some((r) => r.startsWith('INVOLVES|') && r.endsWith('|African Union'))).toBe(false);
  });
});

describe('event.not-title-complement: an event name that completes a title written just before it', () => {
  it('reads no event from "Representative for X Negotiations"', () => {
    const f = facts(
      'Ambassador Ana Ruiz, Representative for Chile-Peru Border Trade Negotiations, headed the Chilean delegation at the talks in Lima.',
    );
    expect(f.names.some((n) => /Border Trade Negotiations/.test(n))).toBe(false);
  });

  it('still reads the same name told as the talks themselves', () => {
    const f = facts('The Chile-Peru Border Trade Negotiations resumed in Lima on Monday.');
    expect(f.names.some((n) => /Border Trade Negotiations/.test(n))).toBe(true);
  });
});

describe('event.cycle-of, event.prefixed-process, event.duration-of-negotiations: processes told in lowercase', () => {
  it('reads the cycles of a dialogue, the one to come as planned', () => {
    const { out } = extractFacts(
      'The second cycle of the peace dialogues ended today in Lima. The third cycle, to be held in Quito, will take up the ceasefire.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    const ev = out.entities.filter((e) => e.type === 'Event');
    expect(ev.map((e) => e.name)).toContain('second cycle of the peace dialogues');
    expect(ev.find((e) => e.name === 'third cycle')?.status).toBe('planned');
  });

  it('reads no cycle without an ordinal ("a cycle of violence")', () => {
    expect(facts('The minister condemned a cycle of violence in the region.').names).toEqual([]);
  });

  it('reads negotiations named by a prefixed demonym and by how long they lasted', () => {
    const f = facts(
      'The agreement opens the way to intra-Libyan negotiations. It is the result of nine months of negotiations between the two sides.',
    );
    expect(f.names).toContain('intra-Libyan negotiations');
    expect(f.names).toContain('nine months of negotiations');
  });

  it('reads no process from a duration of something else, nor from an adjective with no prefix', () => {
    const f = facts('After nine months of preparations, the Libyan negotiations team met in Tunis.');
    expect(f.names.some((n) => /months of|Libyan negotiations/.test(n))).toBe(false);
  });
});

describe('event.named-war and event.visit-of-lowercase', () => {
  it('reads a war named with capitals as an incident', () => {
    const { out } = extractFacts(
      'Minister Ana Ruiz met Minister Luis Mora in Lima. They spoke about the outcome of the Second World War.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    const war = out.entities.find((e) => e.name === 'Second World War');
    expect(war?.kind).toBe('incident');
  });

  it('reads no war from a lowercase "war" nor from an office "of War"', () => {
    const f = facts('Minister Ana Ruiz met the former Secretary of War in Lima and spoke of a trade war.');
    expect(f.names.some((n) => /War/i.test(n))).toBe(false);
  });

  it('reads "the visit of President X of State to City" with its visitor', () => {
    const f = facts('The process began with the visit of President Luis Mora of Peru to Santiago on 6 September 2008.');
    expect(f.names).toContain('visit of President Luis Mora of Peru to Santiago');
  });

  it('reads no visit from "a visit of two hours to the museum"', () => {
    expect(facts('The delegates paid a visit of two hours to the museum.').names).toEqual([]);
  });
});

describe('event.named-games: a sporting event named with capitals', () => {
  it('reads the Summer Olympics with their year', () => {
    const f = facts(
      'Minister Ana Ruiz met Minister Luis Mora in Lima. They agreed to seek to co-host the 2036 Summer Olympics.',
    );
    expect(f.names).toContain('2036 Summer Olympics');
  });

  it('reads no games from lowercase words ("the summer games of the children")', () => {
    expect(facts('Minister Ana Ruiz met Minister Luis Mora at the summer games of the children.').names).not.toContain(
      'summer games',
    );
  });
});
