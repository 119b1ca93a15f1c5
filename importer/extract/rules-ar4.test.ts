// Unit tests of the ar4 round's rules (issue 6, constructions 2, 4 and 8): made-up sentences about real states and
// organisations in invented settings, each with a negative case.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

const opening = (body: string): string => `Talks in Vienna\n3 May 2024\n\n${body}`;
const people = (text: string): string[] =>
  extractFacts(opening(text))
    .out.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('person names with initials (text.ts NAME_TOKEN)', () => {
  it('reads a bare initial before a surname, as in "Minister for Law K Tan"', () => {
    const { rels } = extractFacts(
      opening(
        'The treaty was signed by Minister for Transport J Lim of Singapore and Foreign Minister A.B. Kowalski of Poland.',
      ),
    );
    expect(rels).toContain('HOLDS_OFFICE|J Lim|Minister for Transport of Singapore');
    expect(rels).toContain('HOLDS_OFFICE|A.B. Kowalski|Foreign Minister of Poland');
  });

  it('takes no article or pronoun for an initial', () => {
    const names = people('A Memorandum of Understanding was signed in Vienna. I Thank You was the motto of the day.');
    expect(names).toEqual([]);
  });
});

describe('negotiates-for.envoy-of', () => {
  it('gives an envoy "as envoy of the Chair of the OSCE, Foreign Minister Y" the named chair as principal', () => {
    const { rels } = extractFacts(
      opening('Ambassador Luis Prado attended as envoy of the Chair of the OSCE, Foreign Minister Eva Berg of Malta.'),
    );
    expect(rels).toContain('NEGOTIATES_FOR|Luis Prado|Eva Berg');
  });

  it('reads a lower-case "as special envoy of President Y" and a title apposition naming the principal', () => {
    const a = extractFacts(
      opening('Ambassador Luis Prado travelled to Kyiv as special envoy of President Anna Kovac of Austria.'),
    );
    expect(a.rels).toContain('NEGOTIATES_FOR|Luis Prado|Anna Kovac');
    const b = extractFacts(
      opening(
        'Dr Luis Prado, Special Envoy of the OSCE Chairperson-in-Office, Foreign Minister Eva Berg of Malta, met Foreign Minister Pavel Horak of Poland.',
      ),
    );
    expect(b.rels).toContain('NEGOTIATES_FOR|Luis Prado|Eva Berg');
    expect(b.rels).not.toContain('NEGOTIATES_FOR|Luis Prado|Pavel Horak');
  });

  it('takes the holder of a principal named by title alone, else the organisation', () => {
    const a = extractFacts(
      opening(
        'The talks were led by Luis Prado, Special Envoy of the UN Secretary-General for Syria. UN Secretary-General Ana Ruiz joined the talks.',
      ),
    );
    expect(a.rels).toContain('NEGOTIATES_FOR|Luis Prado|Ana Ruiz');
    const b = extractFacts(
      opening(
        'Ambassador Luis Prado, Personal Representative of the Chair of the OSCE, met Foreign Minister Pavel Horak of Poland.',
      ),
    );
    expect(b.rels).toContain('NEGOTIATES_FOR|Luis Prado|OSCE');
  });

  it('takes no principal from an envoy "to" a state, a later verb, or the state of a named principal', () => {
    const a = extractFacts(
      opening('Ambassador Luis Prado, Special Envoy to Syria, met Foreign Minister Pavel Horak of Poland.'),
    );
    expect([...a.rels].filter((r) => r.startsWith('NEGOTIATES_FOR|'))).toEqual([]);
    const b = extractFacts(
      opening(
        'Dr Luis Prado, Special Envoy of President Anna Kovac of Austria, met Foreign Minister Pavel Horak of Poland.',
      ),
    );
    expect(b.rels).toContain('NEGOTIATES_FOR|Luis Prado|Anna Kovac');
    expect(b.rels).not.toContain('NEGOTIATES_FOR|Luis Prado|Austria');
    const c = extractFacts(
      opening('Ambassador Luis Prado was a representative of Austria at the Vienna talks in 2019.'),
    );
    expect(c.rels).not.toContain('NEGOTIATES_FOR|Luis Prado|Austria');
  });
});

describe('office.of-state-title (gazetteer.ts)', () => {
  it('keeps "of State" inside "Secretary of State of the Holy See" and "Minister of State of Chile"', () => {
    const { rels } = extractFacts(
      opening(
        'Cardinal Pietro Bellini, Secretary of State of the Holy See, received Mr Luis Prado, Minister of State of Chile.',
      ),
    );
    expect(rels).toContain('HOLDS_OFFICE|Pietro Bellini|Secretary of State of Vatican City');
    expect(rels).toContain('HOLDS_OFFICE|Luis Prado|Minister of State of Chile');
  });

  it('still reads a formal "State of X" name after other words', () => {
    const { rels } = extractFacts(
      opening('President Ari Cohen of the State of Israel met President Anna Kovac of Austria.'),
    );
    expect(rels).toContain('HOLDS_OFFICE|Ari Cohen|President of Israel');
    expect(rels).not.toContain('HOLDS_OFFICE|Ari Cohen|President of State of Israel');
  });
});

describe('office.former-apposition and office.as-title ("and is today the")', () => {
  it('gives a past title in apposition to the person before it', () => {
    const a = extractFacts(
      opening('Foreign Minister Anna Kovac of Austria met Luis Prado, the former Minister of Defence of Chile.'),
    );
    expect(a.rels).toContain('HOLDS_OFFICE|Luis Prado|Minister of Defence of Chile');
    const b = extractFacts(
      opening("Foreign Minister Anna Kovac of Austria met Luis Prado, formerly Chile's Ambassador to Austria."),
    );
    expect(b.rels).toContain('HOLDS_OFFICE|Luis Prado|Ambassador of Chile to Austria');
  });

  it('gives a title after "and is today the" to the subject of the relative clause', () => {
    const { rels } = extractFacts(
      opening(
        'The plan bears the name of Luis Prado, who proposed it as Chilean Foreign Minister and is today the President of Chile.',
      ),
    );
    expect(rels).toContain('HOLDS_OFFICE|Luis Prado|President of Chile');
  });

  it('gives no former title to the subject when "the former" opens an object', () => {
    const { rels } = extractFacts(
      opening('Foreign Minister Anna Kovac of Austria met the former Minister of Defence of Chile, Luis Prado.'),
    );
    expect(rels).not.toContain('HOLDS_OFFICE|Anna Kovac|Minister of Defence of Chile');
    expect(rels).toContain('HOLDS_OFFICE|Luis Prado|Minister of Defence of Chile');
  });
});

describe('office.place-title', () => {
  it("keeps the place in a local head's title and gives the office the visited state", () => {
    const { rels } = extractFacts(
      opening(
        'The state visit to Austria began in Graz, where President Pavel Horak of Poland met the Governor of Styria, Paul Gruber.',
      ),
    );
    expect(rels).toContain('HOLDS_OFFICE|Paul Gruber|Governor of Styria');
    expect(rels).toContain('OFFICE_OF|Governor of Styria|Austria');
  });

  it('reads no place in a known body or before a name', () => {
    const a = extractFacts(
      opening('Foreign Minister Anna Kovac of Austria met the Governor of the Central Bank, Paul Gruber.'),
    );
    expect([...a.rels].some((r) => /\|Governor of the Central Bank of Austria$/.test(r))).toBe(true);
    const b = extractFacts(opening('Foreign Minister Anna Kovac of Austria met Governor of Styria Paul Gruber.'));
    expect([...b.rels].some((r) => r.includes('Governor of Styria Paul'))).toBe(false);
  });
});

describe('Presidency in a title complement (titles.ts)', () => {
  it('keeps "for the Presidency of the Republic" in a spokesman\'s title', () => {
    const { rels } = extractFacts(
      'Talks in Cairo\n3 May 2024\n\nCounsellor Omar Nour, Official Spokesman for the Presidency of the Republic, said President Ali Hassan of Egypt met Foreign Minister Pavel Horak of Poland in Cairo.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Omar Nour|Official Spokesman for the Presidency of Egypt');
    expect(rels).not.toContain('HOLDS_OFFICE|Omar Nour|Official Spokesman of Egypt');
  });
});

describe('party-to.group-members', () => {
  const decision = 'TCG Framework Decision on Mine Clearance';
  it('gives an agreement of a group whose members the text lists to those members', () => {
    const { rels } = extractFacts(
      'Talks in Minsk\n3 May 2024\n\nThe Trilateral Contact Group, which brings together Ukraine, the Russian Federation and the OSCE, met in Minsk. The sides agreed on the TCG Framework Decision on Mine Clearance.',
    );
    expect(rels).toContain(`PARTY_TO|Ukraine|${decision}`);
    expect(rels).toContain(`PARTY_TO|Russia|${decision}`);
    expect(rels).toContain(`PARTY_TO|OSCE|${decision}`);
    expect(rels).not.toContain(`PARTY_TO|Trilateral Contact Group|${decision}`);
  });

  it('keeps the group itself when the text lists no members', () => {
    const { rels } = extractFacts(
      'Talks in Minsk\n3 May 2024\n\nThe Trilateral Contact Group met in Minsk, with Ukraine and the Russian Federation present. The sides agreed on the TCG Framework Decision on Mine Clearance.',
    );
    expect(rels).toContain(`PARTY_TO|Trilateral Contact Group|${decision}`);
    expect(rels).not.toContain(`PARTY_TO|OSCE|${decision}`);
  });
});

describe('sides.subject-pair', () => {
  it('takes the two parties a sentence opens with, as subject of their talks, as the sides', () => {
    const { rels } = extractFacts(
      'Peace talks in Oslo\n3 May 2024\n\nThe Government of Yemen (GOY) and Ansar Allah today ended their second round of peace talks in Oslo. In the Oslo Joint Communiqué, the parties reaffirmed the Muscat Accord.',
    );
    expect(rels).toContain('PARTY_TO|Yemen|Muscat Accord');
    expect(rels).toContain('PARTY_TO|Ansar Allah|Muscat Accord');
  });

  it('takes no sides from a pair that is not the subject of their talks', () => {
    const { rels } = extractFacts(
      'Peace talks in Oslo\n3 May 2024\n\nYemen and Ansar Allah were discussed by the Norwegian Minister in Oslo. The ministers welcomed the Muscat Accord.',
    );
    expect(rels).not.toContain('PARTY_TO|Ansar Allah|Muscat Accord');
  });
});

describe('agreement.so-called', () => {
  it("reads a quoted name after \"so-called\" that ends in a kind of agreement ('the so-called 'Vienna formula'')", () => {
    const { out } = extractFacts(
      opening(
        "Foreign Minister Anna Kovac of Austria and Foreign Minister Pavel Horak of Poland confirmed their support for the so-called 'Vienna Formula' on elections.",
      ),
    );
    expect(out.entities.filter((e) => e.type === 'Agreement').map((e) => e.name)).toContain('Vienna Formula');
  });

  it('reads no agreement from a so-called name of something else, or an unquoted one', () => {
    const { out } = extractFacts(
      opening(
        "Foreign Minister Anna Kovac of Austria criticised the so-called 'Peace Caravan' and the so-called Vienna Formula in Vienna.",
      ),
    );
    expect(out.entities.filter((e) => e.type === 'Agreement')).toEqual([]);
  });
});

describe('signers and delegation heads (rules-roles.ts, construction 8)', () => {
  const neg = (body: string) => extractFacts(`Negotiations in Vienna\n3 May 2024\n\n${body}`).rels;

  it('reads gapping after "signed for" and "negotiated by … for", each side with its own agent', () => {
    const a = neg('Anna Kovac signed for Austria and Pavel Horak for Poland.');
    expect(a).toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
    expect(a).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
    expect(a).not.toContain('NEGOTIATES_FOR|Anna Kovac|Poland');
    const b = neg(
      'The Fisheries Agreement was negotiated by Ambassador Anna Kovac for Austria and by Pavel Horak for Poland.',
    );
    expect(b).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
    expect(b).not.toContain('NEGOTIATES_FOR|Anna Kovac|Poland');
  });

  it('reads "in the name of" as "on behalf of", and "on behalf of their governments" with states in parentheses', () => {
    expect(
      neg('Ambassador Anna Kovac signed the Fisheries Agreement in the name of the Government of Austria.'),
    ).toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
    const r = neg(
      'Ambassador Anna Kovac (Austria) and Ambassador Pavel Horak (Poland) signed the Fisheries Agreement on behalf of their governments.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
    expect(r).not.toContain('NEGOTIATES_FOR|Pavel Horak|Austria');
  });

  it('reads "who led the <demonym> delegation to the negotiations", not a side led at a dialogue', () => {
    expect(
      neg('Ambassador Anna Kovac, who led the Austrian delegation to the negotiations, met Ambassador Pavel Horak.'),
    ).toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
    const d = extractFacts(
      'Dialogue in Vienna\n3 May 2024\n\nThe talks were cordial. Foreign Minister Anna Kovac led the Austrian delegation, while the Polish delegation was headed by Foreign Minister Pavel Horak.',
    ).rels;
    expect(d).not.toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
  });
});

describe('negotiator titles in lowercase (titles.ts LOWER_HEADS, person.lower-title-name)', () => {
  it('reads "negotiator for X", "the <demonym> negotiator", "led by chief negotiator X" and "<State>\'s chief negotiator, X"', () => {
    const a = extractFacts(
      opening('Ambassador Anna Kovac, negotiator for Austria, met Pavel Horak, the Polish negotiator, in Vienna.'),
    );
    expect(a.rels).toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
    expect(a.rels).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
    const b = extractFacts(opening('The Austrian team was led by chief negotiator Paul Gruber.'));
    expect(b.rels).toContain('HOLDS_OFFICE|Paul Gruber|Chief negotiator of Austria');
    const c = extractFacts(
      opening("Foreign Minister Anna Kovac of Austria met Poland's chief negotiator, Pavel Horak, in Vienna."),
    );
    expect(c.rels).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
  });

  it("gives an organisation's possessive of several words its negotiator", () => {
    const { rels } = extractFacts(
      opening("Anna Kovac, the European Union's chief negotiator for the trade agreement, met Pavel Horak in Vienna."),
    );
    expect(rels).toContain('NEGOTIATES_FOR|Anna Kovac|European Union');
  });

  it('makes no title of "negotiator" without a name or side next to it', () => {
    const { out } = extractFacts(
      opening('Foreign Minister Anna Kovac of Austria said a negotiator would travel to Warsaw soon.'),
    );
    expect(out.entities.filter((e) => e.type === 'Office').map((e) => e.name)).toEqual(['Foreign Minister of Austria']);
  });
});

describe('negotiates-for.as-his-envoy', () => {
  it('gives the person sent "as his special envoy" the subject who sent them as principal', () => {
    const { rels } = extractFacts(
      opening('President Luis Prado of Chile dispatched Ambassador Anna Kovac to Warsaw as his special envoy.'),
    );
    expect(rels).toContain('NEGOTIATES_FOR|Anna Kovac|Luis Prado');
  });

  it('reads no principal when nobody sent the envoy in the sentence', () => {
    const { rels } = extractFacts(
      opening('Ambassador Anna Kovac met President Luis Prado of Chile in Warsaw as his special envoy.'),
    );
    expect([...rels].filter((r) => r.startsWith('NEGOTIATES_FOR|'))).toEqual([]);
  });
});

describe('negotiates-for.clause-side and delegation heads in apposition', () => {
  const neg = (body: string) => extractFacts(`Negotiations in Vienna\n3 May 2024\n\n${body}`).rels;

  it('gives each head the side of their own clause in "the A delegation was led by X, and the B delegation by Y"', () => {
    const r = neg(
      'The Austrian delegation was led by Deputy Foreign Minister Anna Kovac, and the Polish delegation by State Secretary Pavel Horak.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
    expect(r).not.toContain('NEGOTIATES_FOR|Pavel Horak|Austria');
  });

  it('reads "X, head of the A delegation" and "X, who heads the A negotiating team"', () => {
    const r = neg(
      'Ambassador Anna Kovac, head of the Austrian delegation, met Ambassador Pavel Horak, head of the Polish delegation.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
    expect(neg('Anna Kovac, who heads the Austrian negotiating team, met Pavel Horak.')).toContain(
      'NEGOTIATES_FOR|Anna Kovac|Austria',
    );
  });

  it('keeps the side named after each head in "led by X on the A side and by Y on the B side"', () => {
    const r = neg(
      'The talks were led by Vice Minister Anna Kovac on the Austrian side and by State Secretary Pavel Horak on the Polish side.',
    );
    expect(r).not.toContain('NEGOTIATES_FOR|Pavel Horak|Austria');
  });
});

describe('negotiates-for.on-behalf-respectively', () => {
  it('pairs the signers with the sides listed before "respectively", in order', () => {
    const { rels } = extractFacts(
      opening(
        'Ambassador Anna Kovac and Ambassador Pavel Horak signed the Fisheries Agreement on behalf of Austria and Poland respectively.',
      ),
    );
    expect(rels).toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
    expect(rels).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
    expect(rels).not.toContain('NEGOTIATES_FOR|Pavel Horak|Austria');
    expect(rels).not.toContain('NEGOTIATES_FOR|Anna Kovac|Poland');
  });

  it('pairs nobody when signers and sides do not match in number', () => {
    const { rels } = extractFacts(
      opening('Ambassador Anna Kovac signed the Fisheries Agreement on behalf of Austria and Poland respectively.'),
    );
    expect(rels).not.toContain('NEGOTIATES_FOR|Anna Kovac|Poland');
  });
});

describe('party-to.counted', () => {
  it('gives "signed by the three countries" the last list of three states before it in the paragraph', () => {
    const { rels } = extractFacts(
      'Talks in Cairo\n3 May 2024\n\nThey agreed to finalise the agreement between Egypt, Ethiopia and Sudan on the dam. The President said it should rest on the Declaration of Principles signed by the three countries in Khartoum in March 2015.',
    );
    expect(rels).toContain('PARTY_TO|Egypt|Declaration of Principles');
    expect(rels).toContain('PARTY_TO|Ethiopia|Declaration of Principles');
    expect(rels).toContain('PARTY_TO|Sudan|Declaration of Principles');
  });

  it('takes no list of another size', () => {
    const { rels } = extractFacts(
      'Talks in Cairo\n3 May 2024\n\nThe ministers of Egypt and Ethiopia met in Cairo. The President said it should rest on the Declaration of Principles signed by the three countries in Khartoum in March 2015.',
    );
    expect(rels).not.toContain('PARTY_TO|Sudan|Declaration of Principles');
  });
});

describe('party-to.binds', () => {
  it('gives the agreement of the title every state and organisation "the agreement will bind"', () => {
    const { rels } = extractFacts(
      'Conclusion of the negotiations of the Andean-Nordic Agreement\n3 May 2024\n\nThe negotiators concluded their work in Lima. The agreement will bind Peru, Colombia and Ecuador on one side, and Norway and Iceland on the other.',
    );
    for (const st of ['Peru', 'Colombia', 'Ecuador', 'Norway', 'Iceland'])
      expect(rels).toContain(`PARTY_TO|${st}|Andean-Nordic Agreement`);
  });

  it('takes nothing from an agreement that binds no one named', () => {
    const { rels } = extractFacts(
      'Conclusion of the negotiations of the Andean-Nordic Agreement\n3 May 2024\n\nThe ministers of Peru and Norway met in Lima. The agreement will bind future governments too.',
    );
    expect([...rels].filter((r) => r.startsWith('PARTY_TO|Iceland'))).toEqual([]);
  });
});

describe('negotiates-for.together-with', () => {
  const text = (tail: string) =>
    `Conclusion of the negotiations of the Andean-Nordic Agreement\n3 May 2024\n\nThe final round, held in Lima, was conducted on the Peruvian side by the Minister of Foreign Affairs, Ana Ruiz, who headed the delegation, ${tail}`;

  it('gives those joined to a delegation head by "together with" the same side, and the agreement', () => {
    const { rels } = extractFacts(
      text('together with the Minister of Agriculture, Luis Prado, and the Vice Minister of Trade, Eva Soto.'),
    );
    expect(rels).toContain('NEGOTIATES_FOR|Luis Prado|Peru');
    expect(rels).toContain('NEGOTIATES_FOR|Eva Soto|Peru');
    expect(rels).toContain('NEGOTIATES|Luis Prado|Andean-Nordic Agreement');
  });

  it('stops at a person who is not coordinated with the head', () => {
    const { rels } = extractFacts(
      text(
        'together with the Minister of Agriculture, Luis Prado. They were welcomed by Foreign Minister Eva Soto of Norway.',
      ),
    );
    expect(rels).toContain('NEGOTIATES_FOR|Luis Prado|Peru');
    expect(rels).not.toContain('NEGOTIATES_FOR|Eva Soto|Peru');
  });
});

describe('negotiates-for.through', () => {
  it('gives the person a side "spoke for" another "through" that other side', () => {
    const { rels } = extractFacts(
      'Conclusion of the negotiations of the Andean-Nordic Agreement\n3 May 2024\n\nPeru, which holds the presidency of the bloc, spoke for Mercosur through Foreign Minister Ana Ruiz in Lima.',
    );
    expect(rels).toContain('NEGOTIATES_FOR|Ana Ruiz|Mercosur');
  });

  it('reads nothing without "through" right after the side', () => {
    const { rels } = extractFacts(
      'Conclusion of the negotiations of the Andean-Nordic Agreement\n3 May 2024\n\nPeru spoke for Mercosur in Lima, where Foreign Minister Ana Ruiz met the press.',
    );
    expect(rels).not.toContain('NEGOTIATES_FOR|Ana Ruiz|Mercosur');
  });
});

describe('reached-at.head-reference', () => {
  it('reaches the one named joint statement at the meeting when "the joint statement they have signed" refers to it', () => {
    const { rels } = extractFacts(
      'Peace talks in Oslo\n3 May 2024\n\nThe Government of Yemen and Ansar Allah held their first round of peace talks in Oslo. "The joint statement they have signed is a first step," said the Foreign Minister. In the Oslo Joint Statement, the parties reaffirmed the Muscat Accord.',
    );
    expect([...rels].some((r) => r.startsWith('REACHED_AT|Oslo Joint Statement|'))).toBe(true);
  });

  it('reaches nothing when two named agreements share the head', () => {
    const { rels } = extractFacts(
      'Peace talks in Oslo\n3 May 2024\n\nThe Government of Yemen and Ansar Allah held their first round of peace talks in Oslo. "The joint statement they have signed is a first step," said the Foreign Minister. They recalled the Oslo Joint Statement and the Muscat Joint Statement of 2019.',
    );
    expect([...rels].some((r) => r.startsWith('REACHED_AT|Muscat Joint Statement|'))).toBe(false);
    expect([...rels].some((r) => r.startsWith('REACHED_AT|Oslo Joint Statement|'))).toBe(false);
  });
});

describe('"led the negotiations for X" and "X was represented at the talks by Y"', () => {
  const neg = (body: string) => extractFacts(`Negotiations in Vienna\n3 May 2024\n\n${body}`).rels;

  it('reads both, with gapping after "represented at the talks by"', () => {
    expect(neg('Ambassador Anna Kovac led the negotiations for Austria.')).toContain(
      'NEGOTIATES_FOR|Anna Kovac|Austria',
    );
    const r = neg(
      'Austria was represented at the talks by Ambassador Anna Kovac, and Poland by Ambassador Pavel Horak.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
  });

  it('reads no gapping without the verb "represented"', () => {
    const r = neg('Austria was praised by Ambassador Anna Kovac, and Poland by Ambassador Pavel Horak.');
    expect(r).not.toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
  });
});

describe('negotiates-for.fronted-side', () => {
  it('gives the agent after "by" the side the sentence opens with', () => {
    const { rels } = extractFacts(
      opening('On the Austrian side, the Fisheries Agreement was signed by Ambassador Anna Kovac.'),
    );
    expect(rels).toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
  });

  it('gives nothing to a person who is no agent, or in a sentence of no signing or leading', () => {
    const a = extractFacts(
      opening('On the Austrian side, Ambassador Anna Kovac welcomed the Fisheries Agreement signed by Pavel Horak.'),
    );
    expect(a.rels).not.toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
    const b = extractFacts(opening('On the Austrian side, the talks were praised by Ambassador Anna Kovac.'));
    expect(b.rels).not.toContain('NEGOTIATES_FOR|Anna Kovac|Austria');
  });
});
