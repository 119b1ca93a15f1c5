// The agr26 rules on made-up sentences (other than the agreements-5 bank's passages), negatives included.
import { beforeAll, describe, expect, it } from 'vitest';

import { SIGNERS_PATTERNS } from './rules-new6.ts';
import { extractFacts, madeUpRelations } from './test-facts.ts';

const doc = (text: string) => extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' });
const orgs = (out: ReturnType<typeof doc>['out']) =>
  out.entities.filter((e) => e.type === 'Organization').map((e) => [e.name, ...e.aliases]);
const parties = (rels: Set<string>) =>
  [...rels]
    .filter((r) => r.startsWith('PARTY_TO|'))
    .map((r) => r.split('|')[1]!)
    .sort();

beforeAll(() => void doc('The two ministers met in Oslo.'), 60_000);

describe('org.known-acronym-names-it', () => {
  it('a long name before a bracketed acronym the gazetteer knows is that organisation, made once', () => {
    const { out, rels } = doc(
      'Pretoria - The Government of Ethiopia and the Tigrayan Peoples Liberation Front (TPLF) signed the Agreement on Lasting Peace in Pretoria. The TPLF welcomed it.',
    );
    const found = orgs(out).filter((o) => o.some((n) => /Tigray/.test(n)));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Tigrayan Peoples Liberation Front');
    expect(parties(rels)).toEqual(['Ethiopia', "Tigray People's Liberation Front"]);
  });
  it('a slash-joined coalition name with a slash acronym the gazetteer knows: one organisation, the coalition its alias', () => {
    const { out } = doc(
      'Goma, 3 May – The Congo River Alliance/March 23 Movement (AFC/M23) said it would attend the talks with the Government of the Democratic Republic of the Congo in Doha.',
    );
    const m23 = orgs(out).filter((o) => o.some((n) => /M23|March 23/.test(n)));
    expect(m23).toHaveLength(1);
    expect(m23[0]).toContain('Congo River Alliance/March 23 Movement');
  });
  it('negatives: an acronym the gazetteer does not know keeps the long name as its own organisation', () => {
    const { out } = doc(
      'The Patriotic Liberation Movement/Army (PLM/A) and the Government of Liberia signed a ceasefire in Accra.',
    );
    expect(orgs(out).some((o) => o[0] === 'Patriotic Liberation Movement/Army')).toBe(true);
  });
});

describe('party-to.signers-active: an agency dateline before the subject (agr26)', () => {
  const left = (t: string) => t.replace(SIGNERS_PATTERNS.subjectFiller, '');
  it('a signing subject may open with "City, Month Day (AGENCY) -"', () => {
    expect(left('Lome, May 2 (TAP) - The Republic of Togo and the Republic of Benin ')).toBe(
      'RepublicTogoRepublicBenin',
    );
    expect(left('MUSCAT, May 26 (ONA) – Oman and Qatar ')).toBe('OmanQatar');
    expect(left('Accra, 2 May 2024 (GNA) -- Ghana and Togo ')).toBe('GhanaTogo');
  });
  it('negatives: prose before the subject, or a dateline with no agency and no year, stays', () => {
    expect(left('Lome, May 2 (TAP) - Officials said that Togo and Benin ')).toContain('Officialssaidthat');
    expect(left('Lome, May 2 - Togo and Benin ')).toContain('LomeMay2');
  });
});

const agreements = (out: ReturnType<typeof doc>['out']) =>
  out.entities.filter((e) => e.type === 'Agreement').map((e) => [e.name, ...e.aliases]);

describe('agreement.bracketed-short-name', () => {
  it('a short name in brackets after a title, or after "known … as X (", is that title again', () => {
    const a = agreements(
      doc(
        'Vilnius – Lithuania and Latvia announced that they would leave the Convention on the Prohibition of Cluster Weapons and on their Disposal (Dublin Convention).',
      ).out,
    );
    expect(a.filter((x) => x.some((n) => /Convention/.test(n)))).toHaveLength(1);
    const b = agreements(
      doc(
        'The foreign ministers signed the Agreement on the Settlement of the Border Question, known in Albanian as Marrëveshja e Ohrit (the Ohrid Border Agreement), at the lake.',
      ).out,
    );
    expect(b.filter((x) => x.some((n) => /Agreement/.test(n)))).toHaveLength(1);
  });
  it('negatives: a second title coordinated before the bracket, or no bracket closing, stays its own agreement', () => {
    const a = agreements(
      doc(
        'Chile ratified the Convention on Cluster Weapons and the Treaty on the Prohibition of Nuclear Weapons (Nuclear Ban Treaty) last year.',
      ).out,
    );
    expect(a.filter((x) => x.some((n) => /Convention on Cluster Weapons/.test(n)))).toHaveLength(1);
    expect(
      a.find((x) => x[0] === 'Convention on Cluster Weapons' || x.includes('Convention on Cluster Weapons')),
    ).not.toContain('Nuclear Ban Treaty');
  });
});

describe('agreement.definite-description and agreement.to-extend', () => {
  it('names an agreement by what it settles ("the understanding on the exchange of …") or does ("a deal to extend …")', () => {
    const a = agreements(
      doc(
        'Doha – Qatar announced that the understanding on the exchange of prisoners between Armenia and Azerbaijan had been implemented. A day later, the two governments reached a deal to extend the humanitarian corridor for two months.',
      ).out,
    ).map((x) => x[0]!);
    expect(a).toContain('understanding on the exchange of prisoners');
    expect(a.some((n) => n.startsWith('deal to extend the humanitarian corridor'))).toBe(true);
  });
  it('negatives: no noun of what is settled after "on the", no verb of extending after "to"', () => {
    const a = agreements(
      doc(
        'The ministers welcomed the agreement on the need for further dialogue. They said the deal to be reached would take time.',
      ).out,
    ).map((x) => x[0]!);
    expect(a.some((n) => /need for further dialogue/.test(n))).toBe(false);
    expect(a.some((n) => /deal to be/.test(n))).toBe(false);
  });
});

describe('party-to.standing', () => {
  const standing = (t: string) =>
    madeUpRelations(t)
      .byRule('party-to.standing')
      .map((r) => r.split('|')[1]);
  it('a party told by "has been a party to", an instrument deposited, or a possessive withdrawal', () => {
    expect(standing('Accra – Togo has been a party to the Treaty of Pelindaba since 2000.')).toEqual(['Togo']);
    expect(standing('Lima – Peru deposited its instrument of ratification of the Escazú Agreement.')).toEqual(['Peru']);
    expect(standing('Slovenia’s withdrawal from the Energy Charter Treaty took effect on Monday.')).toEqual([
      'Slovenia',
    ]);
  });
  it('negatives: two names before the verb, a possessive of no state', () => {
    expect(
      standing(
        'Officials of Ecuador said Peru deposited its instrument of accession to the Minamata Convention on Mercury.',
      ),
    ).toEqual([]);
    expect(standing('The minister’s withdrawal from the Energy Charter Treaty talks surprised observers.')).toEqual([]);
  });
});

describe('agreement.not-without and agreement.no-dateline-lead', () => {
  it('"closed without agreement" names no agreement; a dateline before a title is not part of it', () => {
    const a = agreements(
      doc('Nairobi – The third session closed without agreement on the text of the global treaty on plastics.').out,
    ).map((x) => x[0]!);
    expect(a.some((n) => /without agreement/.test(n))).toBe(false);
    const b = agreements(doc('Suva – The Pacific Fisheries Agreement was signed in Suva on Friday.').out).map(
      (x) => x[0]!,
    );
    expect(b).toContain('Pacific Fisheries Agreement');
    expect(b.some((n) => /Suva/.test(n))).toBe(false);
  });
  it('negatives: "reached agreement" and a title without a dateline keep their names', () => {
    const b = agreements(doc('The Pacific Fisheries Agreement was signed in Suva on Friday.').out).map((x) => x[0]!);
    expect(b).toContain('Pacific Fisheries Agreement');
  });
});

describe('agreement.description-of-title', () => {
  it('a description after a title holding its first noun is that title again', () => {
    const a = agreements(
      doc(
        'The parties signed the Agreement on the Return of Displaced Families. Under the arrangement on the return of displaced families, the first group will travel in June.',
      ).out,
    );
    expect(a.filter((x) => x.some((n) => /return of displaced families/i.test(n)))).toHaveLength(1);
  });
  it('negatives: a description whose noun no title holds is its own agreement', () => {
    const a = agreements(
      doc(
        'The parties signed the Agreement on Border Trade. They also reached the understanding on the exchange of prisoners.',
      ).out,
    ).map((x) => x[0]!);
    expect(a).toContain('understanding on the exchange of prisoners');
  });
});
