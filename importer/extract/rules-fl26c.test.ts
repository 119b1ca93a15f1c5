// The fl26c round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// plain-text release on a peace agreement signed under a mediation, a government's web page on a trade agreement signed
// at a ministerial meeting, a presidency's Markdown release on a summit that signed a treaty), each rule on made-up
// sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  AGREEMENT_TITLE_PARTICIPLE,
  EVENT_SIGNING_ATTENDED,
  PARTICIPATED_GATHERING_BROUGHT_TOGETHER,
  signingAttendedBefore,
  toldAsSigner,
} from './rules-fl26c.ts';
import { agreementNames, entityFacts, madeUpRelations, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(AGREEMENT_TITLE_PARTICIPLE.id, () => {
  it('reads a head-first title over a lowercase participle', () => {
    expect(agreementNames('The three leaders signed the Treaty establishing the Union of Northern Marches.')).toContain(
      'Treaty establishing the Union of Northern Marches',
    );
    expect(agreementNames('They recalled the Agreement relating to the Status of the Joint Force.')).toContain(
      'Agreement relating to the Status of the Joint Force',
    );
  });

  it('gives the parties of the signing to the whole title', () => {
    const r = madeUpRelations(
      'Norway and Iceland signed the Agreement governing the Use of the Jan Mayen Waters on Monday.',
    );
    expect(r.of('PARTY_TO').map((x) => `${x.from}|${x.to}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Norway\|Agreement governing the Use of the Jan Mayen Waters/)]),
    );
  });

  it('leaves prose participles and a lowercase word after the participle', () => {
    const names = agreementNames('They signed the Agreement following the talks in Tarsk, creating new jobs.');
    expect(names.some((n) => /following|creating/.test(n))).toBe(false);
    expect(
      agreementNames('The Treaty on Trade, establishing a council, was signed.').some((n) => /establishing/.test(n)),
    ).toBe(false);
    expect(agreementNames('the Charter establishing rules for trade').some((n) => /establishing/.test(n))).toBe(false);
    // An amending protocol stays two instruments (agreement.amending-protocol).
    expect(
      agreementNames('They signed the Protocol amending the Agreement between India and Malaysia on Trade.'),
    ).toContain('Agreement between India and Malaysia on Trade');
  });
});

describe(EVENT_SIGNING_ATTENDED.id, () => {
  it('finds the signing noun before what was signed, after a verb of attending or "was"', () => {
    const t = 'The President attended on Monday in Tarsk the ceremony of signature of the ';
    const r = signingAttendedBefore(t, 0, t.length);
    expect(r).toMatchObject({ noun: 'ceremony of signature', past: true });
    expect(r!.verbAt).toBe(t.indexOf('attended'));
    const c = 'The highlight of the meeting was the signature of a ';
    expect(signingAttendedBefore(c, 0, c.length)).toMatchObject({ noun: 'signature', past: true });
  });

  it('leaves a signing told as to come, and a noun with no verb of attending', () => {
    const f = 'The ministers will attend the signing of the ';
    expect(signingAttendedBefore(f, 0, f.length)).toBeUndefined();
    const n = 'They discussed the signing of the ';
    expect(signingAttendedBefore(n, 0, n.length)).toBeUndefined();
    const p = 'The President attends the signing of the ';
    expect(signingAttendedBefore(p, 0, p.length)?.past).toBe(false);
  });

  it('tells signers and people present in a later sentence', () => {
    const s = 'The agreement was signed for Norway by Kari Holm, in the presence of Ola Berg.';
    expect(toldAsSigner(s, s.indexOf('Kari'))).toBe(true);
    expect(toldAsSigner(s, s.indexOf('Ola'))).toBe(true);
    expect(toldAsSigner(s, s.indexOf('Norway'))).toBe(false);
    const a = 'Minister Lena Varga signed on behalf of Hungary.';
    expect(toldAsSigner(a, a.indexOf('Lena'))).toBe(true);
    expect(toldAsSigner('Minister Lena Varga praised the text.', 9)).toBe(false);
  });

  it('makes the signing an event with its attendant and signers', () => {
    const r = madeUpRelations(
      'The Prime Minister of Norway, Kari Holm, attended on Monday in Oslo the ceremony of signature of the Agreement on Fisheries Cooperation between Norway and Iceland. The agreement was signed for Iceland by the Minister for Foreign Affairs, Jon Sigurdsson.',
    );
    const p = r.of('PARTICIPATED_IN').map((x) => `${x.from}|${x.to}`);
    expect(p).toContain(
      'Kari Holm|signing ceremony of the Agreement on Fisheries Cooperation between Norway and Iceland',
    );
    expect(p).toContain(
      'Jon Sigurdsson|signing ceremony of the Agreement on Fisheries Cooperation between Norway and Iceland',
    );
  });

  it('gives no participants to a signing still to come', () => {
    const r = madeUpRelations(
      'The Prime Minister of Norway, Kari Holm, will attend next week the signing of the Agreement on Fisheries Cooperation between Norway and Iceland.',
    );
    expect(r.of('PARTICIPATED_IN').some((x) => /^signing/.test(x.to))).toBe(false);
  });
});

describe('office.of-state-title (fl26c: Head of State of X)', () => {
  it('keeps "Head of State" whole before "of <State>", stacked after another title', () => {
    const f = roleFacts(
      'The summit brought together the President of the Transition, Head of State of Mali, Colonel Amadou KEITA, and the host.',
    );
    expect(f.rels.has('HOLDS_OFFICE|Amadou Keita|Head of State of Mali')).toBe(true);
    expect([...f.rels].some((x) => /\|Head of Mali$/.test(x))).toBe(false);
  });

  it('still reads a formal "State of X" name elsewhere', () => {
    const f = roleFacts('The Prime Minister of the State of Qatar, Sheikh Khalid Al Thani, met the press.');
    expect(f.rels.has('OFFICE_OF|Prime Minister of Qatar|Qatar')).toBe(true);
  });
});

describe('state name "Faso" (fl26c)', () => {
  it('reads the Presidency of Faso as Burkina Faso, and Burkina Faso once', () => {
    const e = entityFacts('The President of Faso, Captain Paul Sawadogo, received the ambassador of Ghana.');
    expect(e.names.has('State|Burkina Faso')).toBe(true);
    const b = entityFacts('Burkina Faso and Ghana signed the Accord on Transit in Accra.');
    expect([...b.names].filter((x) => x.startsWith('State|')).sort()).toEqual(['State|Burkina Faso', 'State|Ghana']);
  });
});

describe(PARTICIPATED_GATHERING_BROUGHT_TOGETHER.id, () => {
  it('reads the cue, with words between the article and the gathering', () => {
    const { cue } = PARTICIPATED_GATHERING_BROUGHT_TOGETHER;
    expect(cue.test('The Summit brought together, around the host, A, B and C.'.toLowerCase())).toBe(true);
    expect(cue.test('the first trilateral meeting also brought together the ministers')).toBe(true);
    expect(cue.test('the two leaders brought together their teams')).toBe(false);
    expect(cue.test('the summit will bring together the leaders')).toBe(false);
  });

  it("gives the people it brought together a part in the readout's meeting", () => {
    const r = madeUpRelations(
      'President Paul Sawadogo of Ghana took part today in Accra in the ECOWAS Summit. The Summit brought together, around the host, President Amadou Keita of Mali and President Jean Ouedraogo of Togo.',
    );
    const p = r.of('PARTICIPATED_IN').map((x) => x.from);
    expect(p).toEqual(expect.arrayContaining(['Paul Sawadogo', 'Amadou Keita', 'Jean Ouedraogo']));
  });

  it('gives no part to people a gathering is to bring together', () => {
    const r = madeUpRelations(
      'President Paul Sawadogo of Ghana took part today in Accra in the ECOWAS Summit. The next summit will bring together President Amadou Keita of Mali in Bamako.',
    );
    expect(r.of('PARTICIPATED_IN').some((x) => x.from === 'Amadou Keita')).toBe(false);
  });
});
