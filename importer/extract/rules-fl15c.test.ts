// The fl15c round's tests (issue 6): constructions shown by three first-look samples in new styles (an African
// presidency's release, an Asian government's web page, an American regional organisation's press release), each rule
// on made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  EVENT_PROCEEDINGS_BETWEEN,
  OFFICE_APPOSITION_POST_NOMINALS,
  ORG_LEADING_SUBORDINATOR,
  PERSON_INSIDE_PARTICLE_NAME,
  postNominalsLength,
} from './rules-fl15c.ts';
import { EVENT_FACILITATED_BY, EVENT_SIGNING_AT_CEREMONY } from './rules-fl15c-events.ts';
import { EVENT_RECEIVED_SEPARATELY } from './rules-separately.ts';
import { NEGOTIATES_FOR_DESIGNATED_MEDIATOR, NEGOTIATES_FOR_RESPECTIVE_PRINCIPALS } from './rules-fl15c-roles.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

const META = { file: 't.txt', date: '2024-05-03', source: 'Ministry of Foreign Affairs of Ruritania' };
const facts = (text: string) => extractFacts(text, META);
const names = (text: string, type: string) =>
  facts(text)
    .out.entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('portfolio word Francophonie (office.portfolio-list)', () => {
  it('keeps a ministry listing "Francophonie" in one title, held by the person named after it', () => {
    const t =
      'The President of Hungary, Anna Kovacs, received in Budapest the Minister of Foreign Affairs, International ' +
      'Cooperation and Francophonie of Senegal, Paul Diouf, on 3 May 2024.';
    const f = facts(t);
    expect(
      [...f.rels].some((r) =>
        /^HOLDS_OFFICE\|Paul Diouf\|Minister of Foreign Affairs, International Cooperation and Francophonie of Senegal/.test(
          r,
        ),
      ),
    ).toBe(true);
  });
});

describe('person.inside-particle-name', () => {
  const before = PERSON_INSIDE_PARTICLE_NAME.before;
  it('has its id and reads a capitalised word with a particle before the candidate', () => {
    expect(PERSON_INSIDE_PARTICLE_NAME.id).toBe('person.inside-particle-name');
    expect(before.test('at the Palácio da ')).toBe(true);
    expect(before.test('on the Plaza de ')).toBe(true);
  });

  it('does not take a particle after a lowercase word, or no particle', () => {
    expect(before.test('talks were held with da ')).toBe(false);
    expect(before.test('at the Palace ')).toBe(false);
  });

  it('reads no person inside the name of a palace, and still the person named after it', () => {
    const t =
      'The President of Hungary, Anna Kovacs, received today, at the Palácio da Cidade Velha, the Minister of ' +
      'Foreign Affairs of Senegal, Paul Diouf.';
    const people = names(t, 'Person');
    expect(people).not.toContain('Cidade Velha');
    expect(people).toContain('Paul Diouf');
  });

  it('keeps a name written with a particle as one person', () => {
    const t = 'President Anna Kovacs of Hungary met President Luiz Costa da Silva of Brazil in Budapest on 3 May 2024.';
    expect(names(t, 'Person')).toContain('Luiz Costa da Silva');
  });
});

describe('office.apposition-after-post-nominals', () => {
  it('has its id and measures post-nominal letters before a comma', () => {
    expect(OFFICE_APPOSITION_POST_NOMINALS.id).toBe('office.apposition-after-post-nominals');
    expect(postNominalsLength(' MP, Minister for Trade')).toBe(3);
    expect(postNominalsLength(' KC MP, Attorney-General')).toBe(6);
  });

  it('measures nothing without a comma after them, or without letters', () => {
    expect(postNominalsLength(' MP said')).toBe(0);
    expect(postNominalsLength(', Minister for Trade')).toBe(0);
  });

  it('gives the title after "Name MP," to the person', () => {
    const t =
      'The Treaty was signed on behalf of Portugal by the Hon. Julia Marsh MP, Minister for Foreign Affairs, on 3 May 2024.';
    const f = extractFacts(t, { ...META, source: 'Government of Portugal' });
    expect([...f.rels].some((r) => /^HOLDS_OFFICE\|Julia Marsh\|Minister for Foreign Affairs/.test(r))).toBe(true);
  });
});

describe('event.received-separately', () => {
  const R = EVENT_RECEIVED_SEPARATELY;
  it('has its id and its marker', () => {
    expect(R.id).toBe('event.received-separately');
    expect(R.marker.test(' separately this afternoon the Minister')).toBe(true);
    expect(R.marker.test(' the Minister and the Ambassador')).toBe(false);
  });

  it('makes one meeting of the host with each guest received separately', () => {
    const t =
      'Budapest, 3 May 2024. The President of Hungary, Anna Kovacs, received separately this morning the Minister ' +
      'of Foreign Affairs of Senegal, Paul Diouf, and the Minister of Foreign Affairs of Ghana, Kofi Mensah. ' +
      'The two ministers were in Budapest for a conference on trade.';
    const ev = eventFacts(t);
    expect(ev.names).toContain('Kovacs-Diouf meeting');
    expect(ev.names).toContain('Kovacs-Mensah meeting');
    expect(ev.has('PARTICIPATED_IN', 'Anna Kovacs', 'Kovacs-Diouf meeting')).toBe(true);
    expect(ev.has('PARTICIPATED_IN', 'Paul Diouf', 'Kovacs-Diouf meeting')).toBe(true);
    expect(ev.has('PARTICIPATED_IN', 'Anna Kovacs', 'Kovacs-Mensah meeting')).toBe(true);
    expect(ev.has('PARTICIPATED_IN', 'Kofi Mensah', 'Kovacs-Mensah meeting')).toBe(true);
    // Each guest takes part in their own meeting only.
    expect(ev.has('PARTICIPATED_IN', 'Kofi Mensah', 'Kovacs-Diouf meeting')).toBe(false);
    expect(ev.has('PARTICIPATED_IN', 'Paul Diouf', 'Kovacs-Mensah meeting')).toBe(false);
  });

  it("keeps the second guest out of the first guest's meeting when another rule told that one", () => {
    const t =
      'Accra, 3 May 2024. President Anna Kovacs received separately the Minister of Foreign Affairs of Senegal, ' +
      'Paul Diouf, and the Minister of Foreign Affairs of Ghana, Kofi Mensah, at the Sandor Palace.';
    const ev = eventFacts(t);
    expect(ev.has('PARTICIPATED_IN', 'Paul Diouf', 'Kovacs-Diouf meeting')).toBe(true);
    expect(ev.has('PARTICIPATED_IN', 'Kofi Mensah', 'Kovacs-Mensah meeting')).toBe(true);
    expect(ev.has('PARTICIPATED_IN', 'Kofi Mensah', 'Kovacs-Diouf meeting')).toBe(false);
    expect(ev.has('PARTICIPATED_IN', 'Paul Diouf', 'Kovacs-Mensah meeting')).toBe(false);
  });

  it('also reads "met A and B separately"', () => {
    const t =
      'Budapest, 3 May 2024. Foreign Minister Anna Kovacs of Hungary held talks with the visiting ministers. ' +
      'Later, Prime Minister Peter Szabo met Foreign Minister Paul Diouf of Senegal and Foreign Minister Kofi Mensah ' +
      'of Ghana separately.';
    const ev = eventFacts(t);
    expect(ev.names).toContain('Szabo-Diouf meeting');
    expect(ev.names).toContain('Szabo-Mensah meeting');
  });

  it('makes no separate meetings without the marker', () => {
    const t =
      'Budapest, 3 May 2024. The President of Hungary, Anna Kovacs, received this morning the Minister of Foreign ' +
      'Affairs of Senegal, Paul Diouf, and the Minister of Foreign Affairs of Ghana, Kofi Mensah.';
    const ev = eventFacts(t);
    expect(ev.names).not.toContain('Kovacs-Diouf meeting');
    expect(ev.names).not.toContain('Kovacs-Mensah meeting');
  });

  it('makes none for one guest, or for guests in a clause of their own', () => {
    const one =
      'Budapest, 3 May 2024. The President of Hungary, Anna Kovacs, received separately the Minister of Foreign ' +
      'Affairs of Senegal, Paul Diouf.';
    // (A meeting with one guest is event.told-met's, not this rule's.)
    expect(eventFacts(one).events.some((e) => e.rules?.includes(R.id))).toBe(false);
    const clause =
      'Budapest, 3 May 2024. President Anna Kovacs of Hungary received Foreign Minister Paul Diouf of Senegal; ' +
      'Foreign Minister Kofi Mensah of Ghana had been received separately on Monday.';
    expect(eventFacts(clause).events.some((e) => e.rules?.includes(R.id))).toBe(false);
  });
});

describe('event.signing-at-ceremony', () => {
  const R = EVENT_SIGNING_AT_CEREMONY;
  it('has its id and its lead', () => {
    expect(R.id).toBe('event.signing-at-ceremony');
    expect(R.lead.test('The two countries signed the Treaty, at a ')).toBe(true);
    expect(R.lead.test('The two countries signed the Treaty. The next day, at a ')).toBe(false);
    expect(R.lead.test('The leaders attended a ')).toBe(false);
  });

  const signing =
    'New York, 3 May 2024. Ruritania and Hungary today signed the Treaty on the Maritime Boundary, at a ceremony at ' +
    'United Nations Headquarters in New York. The Treaty was signed by Foreign Minister Anna Kovacs of Hungary and ' +
    'Foreign Minister Paul Diouf of Ruritania.';

  it('makes the ceremony named in the signing sentence one event with the signing', () => {
    const ev = eventFacts(signing);
    const signings = ev.events.filter((e) => /signing|ceremony/i.test(e.name));
    expect(signings).toHaveLength(1);
    expect(signings[0]!.aliases).toContain('ceremony at United Nations Headquarters in New York');
  });

  it('leaves a ceremony of its own apart', () => {
    const t =
      'New York, 3 May 2024. Ruritania and Hungary today signed the Treaty on the Maritime Boundary in New York. ' +
      'In the evening the ministers attended a ceremony at the Metropolitan Museum in New York.';
    const ev = eventFacts(t);
    expect(ev.events.some((e) => /^signing of/.test(e.name) && e.aliases.some((a) => /Museum/.test(a)))).toBe(false);
  });
});

describe('office.pair-leader-held', () => {
  // Ghana is the readout's counterpart (named most): the pair is read as [issuer, Ghana] by the sides rule.
  const t =
    'Luanda, 3 May 2024. The President of the Republic, Anna Kovacs, received the Foreign Ministers of Senegal and ' +
    'Ghana. Ghana and Angola agreed to deepen trade; Ghana will host the next meeting. The ministers conveyed the ' +
    'greetings of Presidents Paul Diouf and Kofi Mensah.';
  const f = () => extractFacts(t, { ...META, source: 'Presidency of the Republic of Angola' });

  it("gives no pair member the leader title the issuer state's named leader holds", () => {
    const r = f().rels;
    expect(r.has('HOLDS_OFFICE|Anna Kovacs|President of Angola')).toBe(true);
    expect(r.has('HOLDS_OFFICE|Paul Diouf|President of Angola')).toBe(false);
    expect(r.has('HOLDS_OFFICE|Kofi Mensah|President of Angola')).toBe(false);
  });

  it("keeps the partner's side and gives the other member a state the readout names whose leader nobody holds", () => {
    const r = f().rels;
    expect(r.has('HOLDS_OFFICE|Kofi Mensah|President of Ghana')).toBe(true);
    expect(r.has('HOLDS_OFFICE|Paul Diouf|President of Senegal')).toBe(true);
  });
});

describe('office.in-office-of', () => {
  it('reads "Minister in the Office of the Prime Minister for X" as one title', () => {
    const t =
      'Dili, 3 May 2024. The agreement was signed by Anna Costa, Minister in the Office of the Prime Minister for the ' +
      'Delimitation of Borders, and by Luis Moreno, Minister for Foreign Affairs of Portugal.';
    const f = extractFacts(t, { ...META, source: 'Government of Timor-Leste' });
    expect(
      f.rels.has(
        'HOLDS_OFFICE|Anna Costa|Minister in the Office of the Prime Minister for the Delimitation of Borders of Timor-Leste',
      ),
    ).toBe(true);
  });

  it('leaves "in" before anything else out of a title', () => {
    const t =
      'Dili, 3 May 2024. Minister for Foreign Affairs Anna Costa of Portugal met the press in the Office building.';
    const offices = names(t, 'Office');
    expect(offices.some((o) => /\bin the\b/.test(o))).toBe(false);
  });
});

describe('org.leading-subordinator', () => {
  it('has its id and words', () => {
    expect(ORG_LEADING_SUBORDINATOR.id).toBe('org.leading-subordinator');
    expect(ORG_LEADING_SUBORDINATOR.words).toContain('Until');
  });

  it('reads no organisation made of an opening conjunction and a body noun', () => {
    const t = 'Washington, 3 May 2024. Until the Court rules, the measures remain in force.';
    expect(names(t, 'Organization').some((o) => /^Until\b/.test(o))).toBe(false);
  });

  it('still reads the organisation named after the opening word', () => {
    const t = 'Washington, 3 May 2024. Upon the request of the Inter-American Development Bank, the ministers met.';
    const orgs = names(t, 'Organization');
    expect(orgs.some((o) => /^Upon\b/.test(o))).toBe(false);
    expect(orgs.some((o) => /Inter-American Development Bank/.test(o))).toBe(true);
  });
});

describe('event.proceedings-between', () => {
  it('has its id and kinds', () => {
    expect(EVENT_PROCEEDINGS_BETWEEN.id).toBe('event.proceedings-between');
    expect(EVENT_PROCEEDINGS_BETWEEN.kinds).toContain('conciliation');
  });

  it('reads legal proceedings between two named states as an event that involves both', () => {
    const t =
      'The Hague, 3 May 2024. The treaty is the outcome of the conciliation proceedings between Portugal and Spain ' +
      'under the Convention.';
    const ev = eventFacts(t);
    expect(ev.names).toContain('conciliation proceedings between Portugal and Spain');
    expect(ev.has('INVOLVES', 'conciliation proceedings between Portugal and Spain', 'Portugal')).toBe(true);
    expect(ev.has('INVOLVES', 'conciliation proceedings between Portugal and Spain', 'Spain')).toBe(true);
  });

  it('reads no event from proceedings of no kind, or with one party', () => {
    const bare = 'The Hague, 3 May 2024. The proceedings between Portugal and Spain were closed to the public.';
    expect(eventFacts(bare).names.some((n) => /proceedings/.test(n))).toBe(false);
    const one = 'The Hague, 3 May 2024. The arbitration proceedings between Portugal and its neighbours continue.';
    expect(eventFacts(one).names.some((n) => /proceedings/.test(n))).toBe(false);
  });
});

describe('event.facilitated-by', () => {
  it('has its id', () => {
    expect(EVENT_FACILITATED_BY.id).toBe('event.facilitated-by');
  });

  it('reads negotiations told with their facilitators as an event that involves them', () => {
    const t = 'Doha, 3 May 2024. The ministers welcomed the negotiations brokered by Egypt and Qatar.';
    const ev = eventFacts(t);
    expect(ev.names).toContain('negotiations brokered by Egypt and Qatar');
    expect(ev.has('INVOLVES', 'negotiations brokered by Egypt and Qatar', 'Egypt')).toBe(true);
    expect(ev.has('INVOLVES', 'negotiations brokered by Egypt and Qatar', 'Qatar')).toBe(true);
  });

  it('reads none when a person or a common noun facilitates', () => {
    const person = 'Doha, 3 May 2024. The ministers welcomed the talks facilitated by the Special Envoy.';
    expect(eventFacts(person).names.some((n) => /facilitated/.test(n))).toBe(false);
    const noun = 'Doha, 3 May 2024. The ministers welcomed the talks hosted by the government of the day.';
    expect(eventFacts(noun).names.some((n) => /hosted/.test(n))).toBe(false);
  });
});

describe('negotiates-for.respective-principals', () => {
  const R = NEGOTIATES_FOR_RESPECTIVE_PRINCIPALS;
  it('has its id', () => {
    expect(R.id).toBe('negotiates-for.respective-principals');
  });

  const told =
    'Accra, 3 May 2024. The Minister of Foreign Affairs of Ghana, Ama Owusu, and the Minister of Foreign Affairs of ' +
    'Senegal, Paul Diouf, met in Accra. The ministers negotiated on behalf of their respective Heads of State, ' +
    'Presidents Kofi Mensah of Ghana and Macky Faye of Senegal.';

  it('gives each minister the principal of their own state', () => {
    const f = facts(told);
    expect(f.rels.has('NEGOTIATES_FOR|Ama Owusu|Kofi Mensah')).toBe(true);
    expect(f.rels.has('NEGOTIATES_FOR|Paul Diouf|Macky Faye')).toBe(true);
    expect(f.rels.has('NEGOTIATES_FOR|Ama Owusu|Macky Faye')).toBe(false);
    expect(f.rels.has('NEGOTIATES_FOR|Paul Diouf|Kofi Mensah')).toBe(false);
  });

  it('gives nothing without "respective", or when the subject noun is no title of theirs', () => {
    const plain = told.replace('their respective Heads of State', 'the Heads of State');
    expect([...facts(plain).rels].some((r) => /^NEGOTIATES_FOR\|Ama Owusu\|Kofi Mensah/.test(r))).toBe(false);
    const envoys = told.replace('The ministers negotiated', 'The envoys negotiated');
    expect(facts(envoys).rels.has('NEGOTIATES_FOR|Ama Owusu|Kofi Mensah')).toBe(false);
  });
});

describe('negotiates-for.designated-mediator', () => {
  const R = NEGOTIATES_FOR_DESIGNATED_MEDIATOR;
  it('has its id', () => {
    expect(R.id).toBe('negotiates-for.designated-mediator');
  });

  const told =
    'Budapest, 3 May 2024. The talks were held within the framework of the Danube Process, of which President Anna ' +
    'Kovacs of Hungary is the mediator designated by the African Union. The meeting was chaired by the Minister of ' +
    'Foreign Affairs of Hungary, Peter Szabo, on behalf of the Mediator.';

  it('gives the designated mediator the designating body, and "on behalf of the Mediator" the mediator', () => {
    const f = facts(told);
    expect(f.rels.has('NEGOTIATES_FOR|Anna Kovacs|African Union')).toBe(true);
    expect(f.rels.has('NEGOTIATES_FOR|Peter Szabo|Anna Kovacs')).toBe(true);
  });

  it('reads a title told alone as the mediator when it stands for one leader', () => {
    const t =
      'Budapest, 3 May 2024. The President of the Republic, Anna Kovacs, received the delegations. The talks are ' +
      'part of the Danube Process, of which the Hungarian Head of State is the mediator designated by the African Union.';
    expect(
      extractFacts(t, { ...META, source: 'Office of the President of Hungary' }).rels.has(
        'NEGOTIATES_FOR|Anna Kovacs|African Union',
      ),
    ).toBe(true);
  });

  it('gives nothing for a mediator no body designated, or a lowercase "mediator" after "on behalf of"', () => {
    const none = told.replace('designated by the African Union', 'of the talks');
    const f = facts(none);
    expect([...f.rels].some((r) => r.startsWith('NEGOTIATES_FOR|Anna Kovacs|'))).toBe(false);
    expect(f.rels.has('NEGOTIATES_FOR|Peter Szabo|Anna Kovacs')).toBe(false);
    const lower = told.replace('on behalf of the Mediator', 'on behalf of the mediator');
    expect(facts(lower).rels.has('NEGOTIATES_FOR|Peter Szabo|Anna Kovacs')).toBe(false);
  });
});
