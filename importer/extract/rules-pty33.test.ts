// The pty33 round's tests (issue 6): PARTY_TO precision and recall, each rule on made-up sentences, the reading it
// withholds (negative) and the one it keeps (positive).
import { describe, expect, it, vi } from 'vitest';

import { SIGNERS_PATTERNS } from './rules-new6.ts';
import {
  noteOrgMeetingMembers,
  PARTY_TO_CLAUSE_BETWEEN,
  PARTY_TO_ISSUED_BY,
  sideMayBeParty,
  signsWithHead,
} from './rules-pty33.ts';
import { madeUpRelations } from './test-facts.ts';

// The first extraction loads the gazetteer and lexicons: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

/** The PARTY_TO facts of made-up text, as "party|agreement". */
const parties = (text: string) =>
  madeUpRelations(text)
    .of('PARTY_TO')
    .map((r) => `${r.from}|${r.to}`);

const isState = (n: string) => ['Tonga', 'Fiji'].includes(n);
const hit = (name: string) => ({ name, type: 'State', start: 0, end: 0, surface: name }) as never;

describe('sides.org-meeting-members', () => {
  it('records the participants’ states only when the sides so far are one organisation', () => {
    const org = new Set(['Pacific Islands Forum']);
    expect([...noteOrgMeetingMembers(org, ['Tonga', 'Fiji'], isState)]).toEqual(['Tonga', 'Fiji']);
    // A state already on a side: the participants complete a pair of states, no organisation's meeting.
    const state = new Set(['Tonga']);
    expect(noteOrgMeetingMembers(state, ['Fiji'], isState).size).toBe(0);
    expect(noteOrgMeetingMembers(new Set<string>(), ['Tonga', 'Fiji'], isState).size).toBe(0);
  });

  it('lets a member side be a party only where the agreement’s sentence names or counts it', () => {
    const sides = new Set(['Pacific Islands Forum']);
    noteOrgMeetingMembers(sides, ['Tonga', 'Fiji'], isState);
    expect(sideMayBeParty(sides, 'Tonga', 'The leaders endorsed the Ocean of Peace Declaration.', [])).toBe(false);
    expect(sideMayBeParty(sides, 'Pacific Islands Forum', 'The leaders endorsed the Declaration.', [])).toBe(true);
    expect(sideMayBeParty(sides, 'Tonga', 'Tonga and Fiji signed the Shipping Memorandum.', [hit('Tonga')])).toBe(true);
    expect(
      sideMayBeParty(sides, 'Fiji', 'the Shipping Memorandum, under which the two countries share vessels.', []),
    ).toBe(true);
  });

  const meeting = [
    "Pacific Islands Forum Leaders Meeting closes in Nuku'alofa",
    "The 53rd Pacific Islands Forum Leaders Meeting was held in Nuku'alofa from 26 to 30 August 2024, chaired by the Prime Minister of Tonga, Mr Siaosi Sovaleni.",
    'The Prime Minister of Fiji, Mr Sitiveni Rabuka, attended the Meeting.',
  ];

  it("gives the organisation, not its chair's and guests' states, the text its meeting endorsed", () => {
    const facts = parties(
      [
        ...meeting,
        'The leaders endorsed the Ocean of Peace Declaration, which commits the region to a peaceful future.',
      ].join('\n\n'),
    );
    expect(facts).toContain('Pacific Islands Forum|Ocean of Peace Declaration');
    expect(facts).not.toContain('Tonga|Ocean of Peace Declaration');
    expect(facts).not.toContain('Fiji|Ocean of Peace Declaration');
  });

  it('keeps the member states where the sentence counts them as the agreement’s sides', () => {
    const facts = parties(
      [
        ...meeting,
        'The leaders welcomed the Ocean Shipping Memorandum, under which the two countries will share patrol vessels.',
      ].join('\n\n'),
    );
    expect(facts).toContain('Tonga|Ocean Shipping Memorandum');
    expect(facts).toContain('Fiji|Ocean Shipping Memorandum');
  });
});

/** The PARTY_TO facts one rule gave in made-up text, as "party|agreement". */
const partiesBy = (text: string, rule: string) =>
  madeUpRelations(text)
    .byRule(rule)
    .map((f) => f.split('|').slice(1).join('|'));

const accra = [
  'President of Ghana receives the President of Togo in Accra',
  'The President of Ghana, Mr John Mahama, received the President of Togo, Mr Faure Gnassingbe, in Accra on 3 May 2024.',
];

describe('party-to.issued-by', () => {
  it('reads the list after a bare "by" or after "issued … by", two parties or more', () => {
    const { after } = PARTY_TO_ISSUED_BY;
    expect(after.test(' by ECOWAS, the African Union and the United Nations on the situation')).toBe(true);
    expect(after.test(' issued on 2 May by Benin, Nigeria and Niger')).toBe(true);
    // No "by" list, or a "by" far from the name with no verb of issuing: not read.
    expect(after.test(' on the situation in Togo, welcomed by the Council')).toBe(false);
    expect(after.test(', which the two sides adopted')).toBe(false);
  });

  it('gives the issuers, not the readout’s sides, the text they issued', () => {
    const text = [
      ...accra,
      'The talks ended with a Joint Declaration by ECOWAS, the African Union and the United Nations on the situation in the Sahel, issued the same evening.',
    ].join('\n\n');
    const facts = parties(text);
    expect(partiesBy(text, 'party-to.issued-by')).toEqual([
      'Economic Community of West African States|Joint Declaration',
      'African Union|Joint Declaration',
      'United Nations|Joint Declaration',
    ]);
    expect(facts).not.toContain('Ghana|Joint Declaration');
    expect(facts).not.toContain('Togo|Joint Declaration');
  });

  it('leaves one issuer alone to the readout’s other readings', () => {
    const text = [...accra, 'They welcomed the joint statement issued on 2 May by the African Union.'].join('\n\n');
    expect(partiesBy(text, 'party-to.issued-by')).toEqual([]);
  });
});

describe('party-to.clause-between', () => {
  it('reads a signing clause after the rest of a long name, not any clause with "between"', () => {
    const { after } = PARTY_TO_CLAUSE_BETWEEN;
    expect(
      after.test(
        ' on the frontier of the British and German possessions in West Africa, signed in Berlin on 1 July 1890 between ',
      ),
    ).toBe(true);
    expect(after.test(' on fisheries, discussed at length between ')).toBe(false);
    // A comma before the signing clause's own comma: another phrase, not the rest of the name.
    expect(after.test(' on fisheries, the customs code, signed in 1990 between ')).toBe(false);
  });

  it('reads "between" inside the rest of a name read short, but not after a comma or a bracket', () => {
    const { tail } = PARTY_TO_CLAUSE_BETWEEN;
    expect(tail.test(' on security cooperation between ')).toBe(true);
    expect(tail.test(' on security cooperation, which was discussed between ')).toBe(false);
    expect(tail.test(' (the SCA) between ')).toBe(false);
    const text = [
      ...accra,
      'The two presidents discussed the framework agreement on maritime security between Benin and Nigeria, signed last year.',
    ].join('\n\n');
    const facts = parties(text);
    expect(partiesBy(text, 'party-to.clause-between').sort()).toEqual([
      'Benin|framework agreement',
      'Nigeria|framework agreement',
    ]);
    expect(facts).not.toContain('Ghana|framework agreement');
  });

  it('gives the pair after "between" the old convention, not the readout’s sides', () => {
    const text = [
      ...accra,
      'Ghana holds that the frontier follows the Boundary Convention on the frontier of the British and German possessions in West Africa, signed in Berlin on 1 July 1890 between Germany and the United Kingdom.',
    ].join('\n\n');
    const facts = parties(text);
    expect(partiesBy(text, 'party-to.clause-between').sort()).toEqual([
      'Germany|Boundary Convention',
      'United Kingdom|Boundary Convention',
    ]);
    expect(facts).not.toContain('Ghana|Boundary Convention');
    expect(facts).not.toContain('Togo|Boundary Convention');
  });
});

describe('party-to.signers-active with "issued" (pty33)', () => {
  it('reads "A and B issued a joint declaration" as its parties', () => {
    expect(SIGNERS_PATTERNS.verbBefore.test('the Government of Togo and the African Union issued a ')).toBe(true);
    const text = [
      ...accra,
      'On the same day, the Government of the Republic of Togo and the African Union issued a joint declaration in Lome.',
    ].join('\n\n');
    const facts = parties(text);
    expect(facts).toContain('Togo|joint declaration');
    expect(facts).toContain('African Union|joint declaration');
    expect(facts).not.toContain('Ghana|joint declaration');
  });
});

describe('party-to.later-mention', () => {
  const reviewed = 'The two presidents reviewed the Lake Volta Fisheries Agreement and the state of the border.';

  it('reads the parties a later mention names, not the readout’s sides', () => {
    const facts = parties(
      [
        ...accra,
        reviewed,
        'They recalled that the Lake Volta Fisheries Agreement between Benin and Nigeria had served as a model for the region.',
      ].join('\n\n'),
    );
    expect(facts).toContain('Benin|Lake Volta Fisheries Agreement');
    expect(facts).toContain('Nigeria|Lake Volta Fisheries Agreement');
    expect(facts).not.toContain('Ghana|Lake Volta Fisheries Agreement');
    expect(facts).not.toContain('Togo|Lake Volta Fisheries Agreement');
  });

  it('keeps the sides when no later mention names two parties', () => {
    const facts = parties(
      [...accra, reviewed, 'They recalled that the Lake Volta Fisheries Agreement had served the region well.'].join(
        '\n\n',
      ),
    );
    expect(facts).toContain('Ghana|Lake Volta Fisheries Agreement');
    expect(facts).toContain('Togo|Lake Volta Fisheries Agreement');
  });
});

describe('party-to.signs-with-head', () => {
  const stateHit = (text: string, name: string, surface = name) => {
    const start = text.indexOf(surface);
    return { name, type: 'State', start, end: start + surface.length, surface } as never;
  };
  const read = (text: string, agreement: string, subject?: string, home?: string) => {
    const start = text.indexOf(agreement);
    return signsWithHead(text, 0, { start, end: start + agreement.length }, [stateHit(text, 'Togo')], subject, home);
  };

  it('pairs the signer’s state with the state whose leader it signs with', () => {
    const text = 'The Head of State signed the Fisheries Agreement with the President of Togo at the end of the talks.';
    expect(read(text, 'Fisheries Agreement', undefined, 'Ghana')).toEqual(['Ghana', 'Togo']);
    const named = 'President Ama Owusu also signed a similar agreement with the President of Togo, Mr Ebo Lawson.';
    expect(read(named, 'similar agreement', 'Ghana')).toEqual(['Ghana', 'Togo']);
  });

  it('reads no pair without a leader after "with", or without a signer’s state', () => {
    const delegation = 'The Head of State signed the Fisheries Agreement with the delegation of Togo.';
    expect(read(delegation, 'Fisheries Agreement', undefined, 'Ghana')).toBeUndefined();
    const unknown = 'A minister signed the Fisheries Agreement with the President of Togo.';
    expect(read(unknown, 'Fisheries Agreement', undefined, 'Ghana')).toBeUndefined();
    const recalled = 'They discussed the Fisheries Agreement with the President of Togo.';
    expect(read(recalled, 'Fisheries Agreement', 'Ghana')).toBeUndefined();
  });

  it('gives the signer’s and the partner’s states the agreement, not a third side of the meeting', () => {
    const facts = parties(
      [
        'The Head of State signs the Lake Volta Fisheries Agreement with the President of the Togolese Republic',
        'The President of Ghana, Mr John Mahama, received the President of Togo, Mr Faure Gnassingbe, in Accra on 3 May 2024, with the President of Senegal, Mr Macky Sall.',
        'The Head of State signed the Lake Volta Fisheries Agreement with the President of Togo at the end of the talks.',
      ].join('\n\n'),
    );
    expect(facts).toContain('Ghana|Lake Volta Fisheries Agreement');
    expect(facts).toContain('Togo|Lake Volta Fisheries Agreement');
    expect(facts).not.toContain('Senegal|Lake Volta Fisheries Agreement');
  });
});
