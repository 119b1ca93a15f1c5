// Unit tests of the flb10 round's rules (issue 6, construction 7 and the relations on agreements), found on the first
// look of three samples in new issuers' styles: made-up sentences about real states in invented settings, each rule
// with a negative case.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';
import {
  dropActionLead,
  earlierSameName,
  namedInsideTitle,
  withoutOpenPair,
  withTitleEnumerated,
} from './rules-flb10.ts';

function extract(text: string, source = 'Ministry of Foreign Affairs of Portugal') {
  const { out, rels } = extractFacts(text, { file: 'test.txt', date: '2024-05-03', source }, true);
  const rules = out.relations.map((r) => (r as { rule?: string }).rule ?? '');
  return { names: out.entities.map((e) => `${e.type}|${e.name}`), rels: [...rels], rules };
}
const agreements = (names: string[]) => names.filter((n) => n.startsWith('Agreement|'));

const LONG =
  'Final Agreement for the Settlement of the Disputes as Described in the Arbitral Awards 12 (1999) and 14 (2001), the Termination of the Provisional Treaty of 2002, and the Establishment of a Joint Commission between the Parties';

describe('agreement.title-enumerated', () => {
  it('reads a formal title over its enumeration, numbers and bracketed years up to its parties', () => {
    const text = `The two foreign ministers signed the ${LONG}. It enters into force in June.`;
    const span = withTitleEnumerated(text, { surface: 'Final Agreement', start: text.indexOf('Final') });
    expect(span.surface).toBe(LONG);
    expect(agreements(extract(`The foreign ministers of Portugal and Angola signed the ${LONG}.`).names)).toContain(
      `Agreement|${LONG}`,
    );
  });

  it('stops where a head outside an "of" complement starts another agreement', () => {
    const text = 'They signed the Fisheries Agreement, and in Lisbon the Protocol 3 between Portugal and Spain.';
    const span = { surface: 'Fisheries Agreement', start: text.indexOf('Fisheries') };
    expect(withTitleEnumerated(text, span)).toEqual(span);
  });

  it('leaves a title whose complements agreement.title-continued reads already (no comma, number or participle)', () => {
    const text = 'They signed the Treaty of Friendship and Cooperation between Portugal and Angola.';
    const span = { surface: 'Treaty of Friendship', start: text.indexOf('Treaty') };
    expect(withTitleEnumerated(text, span)).toEqual(span);
  });
});

describe('agreement.named-inside', () => {
  it('keeps an agreement named inside a longer title apart from it', () => {
    expect(namedInsideTitle('Provisional Treaty', LONG)).toBe(true);
    const { names } = extract(
      `The foreign ministers of Portugal and Angola signed the ${LONG}. The Provisional Treaty signed between the two countries in 2002 will cease to apply.`,
    );
    expect(agreements(names)).toContain('Agreement|Provisional Treaty');
    expect(agreements(names)).toContain(`Agreement|${LONG}`);
  });

  it('still takes a shorter form that starts the title, or holds its own head, for the same agreement', () => {
    expect(namedInsideTitle('Joint Declaration', 'Joint Declaration between Portugal and Angola')).toBe(false);
    expect(namedInsideTitle('Association Agreement', 'EU-Chile Association Agreement')).toBe(false);
  });
});

describe('agreement.open-pair', () => {
  it('cuts a "between" complement whose pair goes on after the title', () => {
    const text = 'Signing of the Final Agreement between Greece and the former Yugoslav Republic of Macedonia';
    const span = { surface: 'Final Agreement between Greece', start: 15 };
    expect(withoutOpenPair(text, span).surface).toBe('Final Agreement');
  });

  it('keeps a closed pair', () => {
    const text = 'the Border Treaty between Portugal and Spain and the Fisheries Protocol';
    const span = { surface: 'Border Treaty between Portugal and Spain', start: 4 };
    expect(withoutOpenPair(text, span)).toEqual(span);
  });
});

describe('agreement.not-action-lead / agreement.not-verb-lead', () => {
  it('drops the act and the headline subject and verb before a title', () => {
    expect(dropActionLead('Signing of the Maritime Boundary Treaty', 0).surface).toBe('Maritime Boundary Treaty');
    expect(dropActionLead('IAEA and Iran Agree Joint Statement', 0).surface).toBe('Joint Statement');
    const { names } = extract('Portugal and Angola Sign Fisheries Agreement\n\nThe ministers met in Luanda on Friday.');
    expect(agreements(names)).toContain('Agreement|Fisheries Agreement');
    expect(names.some((n) => /Angola Sign/.test(n))).toBe(false);
  });

  it('keeps a verb-like word inside a title after its head', () => {
    expect(dropActionLead('Agreement on Sign Language Interpretation', 0).surface).toBe(
      'Agreement on Sign Language Interpretation',
    );
    expect(dropActionLead('Agreement on the Reach of Fisheries Quotas', 0).surface).toBe(
      'Agreement on the Reach of Fisheries Quotas',
    );
  });
});

const LIST = `Portugal, Angola and Brazil adopted the Joint Declaration of Luanda on Monday.

In implementation of the Joint Declaration of Luanda, two instruments were then signed at the same ceremony between the Portuguese Republic and the Republic of Angola, namely:

- a Memorandum of Understanding on Fisheries;
- an Agreement on Air Services.
`;

describe('party-to.list-intro / based-on.list-intro', () => {
  it('gives every listed agreement the parties named after "between" in the introducing sentence, and its basis', () => {
    const { rels } = extract(LIST);
    for (const a of ['Memorandum of Understanding on Fisheries', 'Agreement on Air Services']) {
      expect(rels).toContain(`PARTY_TO|Portugal|${a}`);
      expect(rels).toContain(`PARTY_TO|Angola|${a}`);
      expect(rels).not.toContain(`PARTY_TO|Brazil|${a}`);
      expect(rels).toContain(`BASED_ON|${a}|Joint Declaration of Luanda`);
    }
  });

  it('gives nothing from an introduction without a colon, nor a basis from one that names none', () => {
    const { rels, rules } = extract(
      'Two instruments were signed between Portugal and Angola.\n\n- a Memorandum of Understanding on Fisheries;\n- an Agreement on Air Services.\n',
    );
    expect(rules).not.toContain('party-to.list-intro');
    expect(rels.some((r) => r.startsWith('BASED_ON|'))).toBe(false);
    const noBetween = extract(LIST.replace(/ between the Portuguese Republic and the Republic of Angola/, ''));
    expect(noBetween.rules).not.toContain('party-to.list-intro');
  });
});

describe('reached-at.next-ceremony', () => {
  it('puts a signing told in one sentence at the ceremony the next sentence opens on', () => {
    const { rels } = extract(
      'The foreign ministers of Portugal and Angola signed today in Luanda the Treaty of Friendship between Portugal and Angola. The signing ceremony took place in the presence of the two Presidents.',
    );
    expect(rels.filter((r) => r.startsWith('REACHED_AT|Treaty of Friendship'))).toHaveLength(1);
  });

  it('gives nothing for a signing still to come', () => {
    const { rels } = extract(
      'The foreign ministers of Portugal and Angola will sign next week the Treaty of Friendship between Portugal and Angola. The signing ceremony will take place in Luanda.',
    );
    expect(rels.some((r) => r.startsWith('REACHED_AT|'))).toBe(false);
  });
});

describe('reached-at.place-not-event', () => {
  const SUMMIT =
    'Prime Minister Luís Montenegro received Prime Minister Pedro Sánchez of Spain in Lisbon on 3 May 2024 for the 35th Portugal-Spain Summit. ';
  it('reads "signed today at <place>" as a signing at the readout\'s own event', () => {
    const { rels } = extract(
      `${SUMMIT}The two foreign ministers signed today at Belém Palace the Agreement on Maritime Cooperation between Portugal and Spain.`,
    );
    expect(rels).toContain(
      'REACHED_AT|Agreement on Maritime Cooperation between Portugal and Spain|35th Portugal-Spain Summit',
    );
  });

  it('gives no main-event signing for "at the" and a later or planned signing', () => {
    const { rels } = extract(
      `${SUMMIT}The two foreign ministers will sign at Belém Palace in June the Agreement on Maritime Cooperation between Portugal and Spain.`,
    );
    expect(rels.some((r) => r.startsWith('REACHED_AT|'))).toBe(false);
  });
});

describe('gazetteer: the former Yugoslav Republic of Macedonia', () => {
  it('is North Macedonia, not Yugoslavia', () => {
    const { names } = extract(
      'The Prime Minister met the Prime Minister of the former Yugoslav Republic of Macedonia in Athens.',
    );
    expect(names).toContain('State|North Macedonia');
    expect(names).not.toContain('State|Yugoslavia');
  });
});

describe('agreement.earlier-same-name', () => {
  const TEXT =
    'Portugal and Angola agreed on a Joint Statement in Luanda today. The Joint Statement builds on the Joint Statement that the two foreign ministers agreed during their previous meeting in Lisbon, on 12 March 2022.';
  it('names an earlier agreement of the same title by its date, and rests the later one on it', () => {
    const { names, rels } = extract(TEXT);
    expect(names).toContain('Agreement|Joint Statement of 12 March 2022');
    expect(rels).toContain('BASED_ON|Joint Statement|Joint Statement of 12 March 2022');
  });

  it('gives no second agreement for a date that is not before the readout, nor without a dated clause', () => {
    expect(earlierSameName(' that they signed on 3 May 2024.', 'Joint Statement', 0, '2024-05-03')).toBeUndefined();
    expect(earlierSameName(' that they signed in Lisbon.', 'Joint Statement', 0, '2024-05-03')).toBeUndefined();
    const { names } = extract(
      'Portugal and Angola signed a Joint Statement in Luanda. The ministers welcomed the Joint Statement that they signed today.',
    );
    expect(names.filter((n) => n.startsWith('Agreement|Joint Statement of'))).toEqual([]);
  });
});

describe('office.heads-body', () => {
  it('gives the head of a national organisation that organisation, not its state', () => {
    const { rels } = extract(
      'The Director General met Mr Carlos Duarte, Head of the Nuclear Energy Organization of Angola, in Luanda.',
      'International Atomic Energy Agency',
    );
    expect(rels).toContain(
      'OFFICE_OF|Head of the Nuclear Energy Organization of Angola|Nuclear Energy Organization of Angola',
    );
  });

  it('leaves a minister of a state with a ministry word no body', () => {
    const { rels } = extract('Mr Carlos Duarte, Minister of Energy of Angola, met the Director General in Luanda.');
    expect(rels).toContain('OFFICE_OF|Minister of Energy of Angola|Angola');
  });
});

describe('org.pattern: Corporation', () => {
  it('reads a corporation with its acronym as an organisation', () => {
    const { names } = extract(
      'Also present was Ms Ana Costa, Chief Executive Officer of the Portuguese Development Finance Corporation (PDFC).',
    );
    expect(names).toContain('Organization|Portuguese Development Finance Corporation');
  });
});

describe('agreement.lowercase-subject', () => {
  it('names a capitalised head with "on" and a lowercase subject, up to a comma or a relative word', () => {
    const { names, rels } = extract(
      'Portugal and Angola also signed a Memorandum of Understanding on support for small enterprises in Angola and in sub-Saharan Africa, under which Portugal is to lend two billion euros.',
    );
    expect(names).toContain(
      'Agreement|Memorandum of Understanding on support for small enterprises in Angola and in sub-Saharan Africa',
    );
    expect(rels).toContain(
      'PARTY_TO|Angola|Memorandum of Understanding on support for small enterprises in Angola and in sub-Saharan Africa',
    );
  });

  it('leaves "on behalf of", "on the …" and a capitalised subject to the other rules', () => {
    const { names } = extract(
      'The minister signed the Agreement on behalf of Portugal. Both signed the Agreement on the Realignment of the Boundary between Portugal and Spain.',
    );
    expect(names.some((n) => /on behalf/.test(n))).toBe(false);
    expect(names).not.toContain('Agreement|Agreement on the');
  });
});

describe('agreement.to-negotiate / party-to.to-negotiate', () => {
  it("names agreements still to be negotiated and gives them the subject's parties, not the readout's third side", () => {
    const { names, rels } = extract(
      'Portugal, Angola and Brazil signed a Joint Declaration in Lisbon. The embassies are to reopen within weeks, and Portugal and Angola agreed to negotiate further agreements on trade, tourism and innovation in the coming months.',
    );
    expect(names).toContain('Agreement|agreements on trade, tourism and innovation');
    expect(rels).toContain('PARTY_TO|Angola|agreements on trade, tourism and innovation');
    expect(rels).not.toContain('PARTY_TO|Brazil|agreements on trade, tourism and innovation');
  });

  it('reads no agreement from "negotiate on behalf of" nor a subject of one state', () => {
    const { names } = extract('Portugal agreed to negotiate on behalf of the group with Angola.');
    expect(names.filter((n) => n.startsWith('Agreement|'))).toEqual([]);
  });
});

describe('org.not-treaty-party', () => {
  it('reads no organisation from "the Second Party" of an agreement, but keeps a political party', () => {
    const { names } = extract(
      'Under the Agreement, the Second Party will be known by a new name. The Socialist Party of Portugal welcomed it.',
    );
    expect(names).not.toContain('Organization|Second Party');
    expect(names).toContain('Organization|Socialist Party of Portugal');
  });
});

describe('reached-at.final-text', () => {
  const OPEN =
    'The foreign ministers of Portugal and Angola signed the Treaty of Friendship between Portugal and Angola in Luanda today. ';
  it("puts the readout's agreement at the event where its final text was agreed", () => {
    const { rels } = extract(
      `${OPEN}The two Presidents agreed the final text in their telephone conversation of 12 April 2024.`,
    );
    expect(rels.some((r) => /^REACHED_AT\|Treaty of Friendship[^|]*\|telephone conversation/.test(r))).toBe(true);
  });

  it('gives nothing for a text still to be agreed', () => {
    const { rules } = extract(
      `${OPEN}The two Presidents will settle the final text in a telephone conversation next week.`,
    );
    expect(rules).not.toContain('reached-at.final-text');
  });
});
