// Tests of the off28 rules on made-up sentences (not the offices-3 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { roleFacts as facts } from './test-facts.ts';

describe('office.plural-title-comma-names (off28)', { timeout: 60_000 }, () => {
  it('"The Prime Ministers of X and Y on …, A and B": each the state of its rank, the complement left out', () => {
    const f = facts(
      'The Special Envoys of Kenya and Ethiopia on the Nile question, Amina Odhiambo and Dawit Bekele, met in Nairobi on 4 May.',
      'Ministry of Foreign Affairs of Kenya',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Amina Odhiambo|Special Envoy of Kenya');
    expect(f.rels).toContain('HOLDS_OFFICE|Dawit Bekele|Special Envoy of Ethiopia');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Dawit Bekele|Special Envoy of Kenya');
  });
  it('"X and Y signed …. The Foreign Ministers, A and B, …": the pair told before, in order', () => {
    const f = facts(
      'Chile and Peru signed the fisheries arrangement in Lima on 2 May. The Foreign Ministers, Rosa Fuentes and Jorge Salas, then briefed the press.',
      'Ministry of Foreign Affairs of Chile',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Rosa Fuentes|Foreign Minister of Chile');
    expect(f.rels).toContain('HOLDS_OFFICE|Jorge Salas|Foreign Minister of Peru');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Jorge Salas|Foreign Minister of Chile');
  });
  it('"The Presidents of the two countries, A and B": the pair told before', () => {
    const f = facts(
      'Ghana and Togo opened the new border post at Aflao on 3 May. The Presidents of the two countries, Kofi Mensah and Komi Adjo, cut the ribbon.',
      'Presidency of Ghana',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Kofi Mensah|President of Ghana');
    expect(f.rels).toContain('HOLDS_OFFICE|Komi Adjo|President of Togo');
  });
  it('a collegial title ("The Co-Princes", "The Captains Regent"): one office, never split over a pair', () => {
    const f = facts(
      'Andorra and Spain signed the road agreement. The Co-Princes, Pierre Laval and Jordi Puig, attended the ceremony.',
      'Govern d’Andorra',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Pierre Laval|Co-Prince of Andorra');
    expect(f.rels).toContain('HOLDS_OFFICE|Jordi Puig|Co-Prince of Andorra');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Jordi Puig|Co-Prince of Spain');
    const g = facts(
      'The Captains Regent, Marco Bianchi and Lucia Rossi, received the ambassador in the Palazzo Pubblico.',
      'Segreteria di Stato per gli Affari Esteri, San Marino',
    );
    expect(g.rels).toContain('HOLDS_OFFICE|Marco Bianchi|Captain Regent of San Marino');
    expect(g.rels).toContain('HOLDS_OFFICE|Lucia Rossi|Captain Regent of San Marino');
  });
  it('"the ministers of trade, A (X), B (Y) and C (Z)" and "The chief negotiators, A for X and B for the EU"', () => {
    const f = facts(
      'Taking part were the ministers of trade, Ana Costa (Portugal), Luis Vega (Spain) and Marie Dubois (France).',
      'Government of Portugal',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Luis Vega|Minister of Trade of Spain');
    expect(f.rels).toContain('HOLDS_OFFICE|Marie Dubois|Minister of Trade of France');
    const g = facts(
      'The chief negotiators, Lars Berg for Norway and Anna Weiss for the European Union, closed the round in Oslo.',
      'Government of Norway',
    );
    expect(g.rels).toContain('HOLDS_OFFICE|Anna Weiss|Chief Negotiator of the European Union');
    expect(g.rels).not.toContain('HOLDS_OFFICE|Anna Weiss|Chief Negotiator of Norway');
  });
  it('"The members of the Council of X, A, B and C" and "The leaders of X and Y, Prime Minister A and President B"', () => {
    const f = facts(
      'The leaders of Thailand and Laos, Prime Minister Somchai Rattana and President Bounmy Phomvihane, opened the bridge.',
      'Royal Thai Government',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Bounmy Phomvihane|President of Laos');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Bounmy Phomvihane|President of Thailand');
  });
  it('negative: no names after the comma, or a plural noun that is no title, gives no office', () => {
    const f = facts(
      'The Foreign Ministers, meeting in Lisbon, agreed to meet again. The talks, Ana Costa said, were useful.',
      'Government of Portugal',
    );
    expect([...f.rels].filter((r) => r.startsWith('HOLDS_OFFICE|Ana Costa'))).toEqual([]);
  });
  it('negative: "The heads of state attending included President A, …" is a clause: each name keeps its own reading', () => {
    const f = facts(
      'The summit opened in Kazan. The heads of state attending included President Ana Costa, Prime Minister Rui Lopes and President Jorge Salas.',
      'Government of Portugal',
    );
    expect(f.people).toContain('Ana Costa');
  });
  it('"co-chaired by the two Foreign Ministers, Dr. A and Dr. B": both take part (the list keeps its honorifics)', () => {
    const f = facts(
      'The Joint Commission of Chile and Peru met in Lima on 2 May. It was co-chaired by the two Foreign Ministers, Dr. Rosa Fuentes and Dr. Jorge Salas.',
      'Ministry of Foreign Affairs of Chile',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Jorge Salas|Foreign Minister of Peru');
    expect([...f.rels].filter((r) => r.startsWith('PARTICIPATED_IN|'))).toHaveLength(2);
  });
  it('negative: "on behalf of their leaders, Prime Minister A and President B" names principals, read as before', () => {
    const f = facts(
      'The Special Envoys of Chile and Peru, Ana Costa and Rui Lopes, held the talks in Lima on behalf of their leaders, President Jorge Salas and President Luis Vega.',
      'Ministry of Foreign Affairs of Chile',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Ana Costa|Jorge Salas');
  });
  it('negative: "The two leaders, A and B" without titles adds no "Leader" office', () => {
    const f = facts(
      'The two leaders, Rosa Fuentes and Jorge Salas, met in Lima.',
      'Ministry of Foreign Affairs of Chile',
    );
    expect([...f.rels].filter((r) => /\|Leader/.test(r))).toEqual([]);
  });
});

describe('office.comma-stack-before-name (off28)', { timeout: 60_000 }, () => {
  it('"Second Vice-President, Minister of Labour, A, …" and "Deputy Prime Minister, Minister of Finance A": both titles', () => {
    const f = facts(
      'Deputy Prime Minister, Minister of Finance Tomas Berzins received the Ambassador of Japan in Riga.',
      'Ministry of Foreign Affairs of Latvia',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Tomas Berzins|Deputy Prime Minister of Latvia');
    expect(f.rels).toContain('HOLDS_OFFICE|Tomas Berzins|Minister of Finance of Latvia');
    const g = facts(
      'First Vice-President, Minister of Energy, Karim Haddad, opened the forum in Tunis.',
      'Government of Tunisia',
    );
    expect(g.rels).toContain('HOLDS_OFFICE|Karim Haddad|First Vice-President of Tunisia');
  });
  it('"The Prime Minister, Minister of X, A, received …": a closed apposition after "The"', () => {
    const f = facts(
      'The Prime Minister, Minister of Defence, Tevita Lavemaau, received the Chief of the Defence Force in Nukuʻalofa.',
      'Government of Tonga',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Tevita Lavemaau|Prime Minister of Tonga');
  });
  it('negative: "The Prime Minister, Foreign Minister A and Defence Minister B" lists people', () => {
    const f = facts(
      'The Prime Minister, Foreign Minister Ana Costa and Defence Minister Rui Lopes met the delegation in Lisbon.',
      'Government of Portugal',
    );
    expect(f.rels).not.toContain('HOLDS_OFFICE|Ana Costa|Prime Minister of Portugal');
  });
  it('negative: inside a sentence, "… thanked President, Foreign Minister A" gives no stack', () => {
    const f = facts(
      'The delegation thanked Vice-President, Foreign Minister Ana Costa and the staff in Lisbon.',
      'Government of Portugal',
    );
    expect(f.rels).not.toContain('HOLDS_OFFICE|Ana Costa|Vice-President of Portugal');
  });
  it('negative: "his Deputy, Minister A" (another determiner) gives no stack', () => {
    const f = facts(
      'The Minister was joined by his Deputy, Minister of State Rui Lopes, in Lisbon.',
      'Government of Portugal',
    );
    expect([...f.rels].filter((r) => /^HOLDS_OFFICE\|Rui Lopes\|Deputy/.test(r))).toEqual([]);
  });
});

describe(
  'office.as-title with "who is also" and the US secretaries as title homes (off28)',
  { timeout: 60_000 },
  () => {
    it('"President A, who is also Minister of Defence, met …": a second office of his state', () => {
      const f = facts(
        'President Ali Hassan, who is also Minister of Defence, met the Chief of Staff of the Army in Moroni.',
        'Presidency of the Comoros',
      );
      expect(f.rels).toContain('HOLDS_OFFICE|Ali Hassan|Minister of Defence of the Comoros');
    });
    it('"Secretary of the Treasury A" in another state\'s release is the United States\'; "Treasury Secretary" elsewhere untouched', () => {
      const f = facts(
        'Minister of Finance Olena Koval and Secretary of the Treasury John Reed signed the protocol in Kyiv.',
        'Ministry of Finance of Ukraine',
      );
      expect(f.rels).toContain('HOLDS_OFFICE|John Reed|Secretary of the Treasury of the United States');
      expect(f.rels).not.toContain('HOLDS_OFFICE|John Reed|Secretary of the Treasury of Ukraine');
    });
  },
);

describe('office.dash-after-name and a parenthesised organisation (off28)', { timeout: 60_000 }, () => {
  it('participant lines "A – Minister of … of X" and "A — X\'s Minister of … —" in a sentence', () => {
    const f = facts(
      'Nordic ministers met in Oslo on 3 May.\nParticipants:\nLars Berg – Minister of Trade of Norway\nAnna Lind – Minister of Trade of Sweden',
      'Government of Norway',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Anna Lind|Minister of Trade of Sweden');
    const g = facts(
      'The loan was signed by Ana Costa — Portugal’s Minister of Finance — and the bank’s board in Lisbon.',
      'Government of Portugal',
    );
    expect(g.rels).toContain('HOLDS_OFFICE|Ana Costa|Minister of Finance of Portugal');
  });
  it('negative: a dateline dash before a title is no holder; a title followed by a name is read as usual', () => {
    const f = facts(
      'LISBON – Minister of Finance Ana Costa met the bank’s president on 3 May.',
      'Government of Portugal',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Ana Costa|Minister of Finance of Portugal');
    expect([...f.rels].filter((r) => r.startsWith('HOLDS_OFFICE|Lisbon'))).toEqual([]);
  });
  it('"A (Secretary General, Organisation)" gives the organisation\'s office, as "(President, X)" gives the state\'s', () => {
    const f = facts(
      'The declaration was signed in Strasbourg by Ana Costa (President, Portugal) and Lars Berg (Secretary General, Council of Europe).',
      'Council of Europe',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Lars Berg|Secretary General of the Council of Europe');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Lars Berg|Secretary General of Portugal');
  });
});
