// Tests of the rol31 rules on made-up sentences (not the annotated samples' passages), negatives included.
import { describe, expect, it } from 'vitest';

import { envoyPrincipalTitles, remitNamesOwner } from './rules-rol31.ts';
import { roleFacts as facts } from './test-facts.ts';

describe('envoys of the two leaders (rol31)', () => {
  it('negotiates-for.two-leaders-representatives: the names before "who serve as … of the two leaders"', () => {
    const f = facts(
      'President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan of Armenia met in Brussels. Ms. Lena Petrosyan, Deputy Minister of Foreign Affairs of Armenia, and Mr. Farid Mammadov, Deputy Minister of Foreign Affairs of Azerbaijan, who serve as special representatives of the two leaders, will continue their work on the peace treaty.',
    );
    expect(f.negotiates).toEqual(
      expect.arrayContaining([
        'NEGOTIATES_FOR|Lena Petrosyan|Nikol Pashinyan',
        'NEGOTIATES_FOR|Farid Mammadov|Ilham Aliyev',
      ]),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Lena Petrosyan|Ilham Aliyev');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Farid Mammadov|Nikol Pashinyan');
  });
  it('no "of the two leaders": two deputy ministers who met get no leader', () => {
    const f = facts(
      'President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan of Armenia met in Brussels. Ms. Lena Petrosyan, Deputy Minister of Foreign Affairs of Armenia, and Mr. Farid Mammadov, Deputy Minister of Foreign Affairs of Azerbaijan, also met on the margins of the meeting.',
    );
    expect(f.by('negotiates-for.two-leaders-representatives')).toEqual([]);
  });
  it('two people of one state give no leader to either (a title read with the wrong state)', () => {
    const f = facts(
      'President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan of Armenia met in Brussels. The ministers confirmed that the special representatives of the two leaders, Deputy Minister of Foreign Affairs of Armenia Lena Petrosyan and Deputy Minister of Foreign Affairs of Armenia Aram Sargsyan, will meet again.',
    );
    expect(f.by('negotiates-for.two-leaders-representatives')).toEqual([]);
  });
});

describe("an envoy's principal named elsewhere (rol31)", () => {
  it('envoyPrincipalTitles: the longest title first, cut before "of", "for", "on", "to"', () => {
    expect(envoyPrincipalTitles('Special Envoy of the Minister of Foreign Affairs of Norway')).toEqual([
      'Minister of Foreign Affairs of Norway',
      'Minister of Foreign Affairs',
      'Minister',
    ]);
    expect(envoyPrincipalTitles('Special Envoy for Sudan')).toEqual([]);
    expect(envoyPrincipalTitles('Chief Negotiator of Norway')).toEqual([]);
  });
  it('negotiates-for.envoy-principal-named: "Special Envoy of the Minister of Foreign Affairs" and "Minister of Foreign Affairs X"', () => {
    const f = facts(
      'Minister of Foreign Affairs Kari Nygaard attended today the signing ceremony in Doha. She was accompanied by Mr. Tor Sandvik, Special Envoy of the Minister of Foreign Affairs for Mediation, and by the Minister of Foreign Affairs of Sweden, Anna Lind.',
      'Norwegian Ministry of Foreign Affairs',
    );
    expect(f.by('negotiates-for.envoy-principal-named')).toEqual(['NEGOTIATES_FOR|Tor Sandvik|Kari Nygaard']);
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Tor Sandvik|Norway');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Tor Sandvik|Anna Lind');
  });
  it('no holder named: the envoy keeps the organisation', () => {
    const f = facts(
      'The Minister of Foreign Affairs of Oman received Mr. Erik Lindqvist, Special Envoy of the Secretary-General of the United Nations for the Horn of Africa, in Muscat on Monday.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Erik Lindqvist|United Nations');
    expect(f.by('negotiates-for.envoy-principal-named')).toEqual([]);
  });
  it('two holders of the title with no owner of their own: nothing changes', () => {
    const f = facts(
      'The Minister of Foreign Affairs of Oman received Mr. Erik Lindqvist, Special Envoy of the Secretary-General of the United Nations for the Horn of Africa. Secretary-General António Guterres and Secretary-General Ahmed Aboul Gheit spoke by telephone on Monday.',
    );
    expect(f.by('negotiates-for.envoy-principal-named')).toEqual([]);
  });
});

describe("an envoy's remit is no side (rol31)", () => {
  it('negotiates-for.envoy-remit-not-side: a title ending in "for <its owner>" is a remit', () => {
    expect(remitNamesOwner('Personal Envoy for Lebanon', 'Lebanon')).toBe(true);
    expect(remitNamesOwner('Special Representative for the Philippines', 'Philippines')).toBe(true);
    expect(remitNamesOwner('Special Envoy for Sudan', 'Norway')).toBe(false);
    expect(remitNamesOwner('Minister for Foreign Affairs of Lebanon', 'Lebanon')).toBe(false);
    expect(remitNamesOwner('Special Envoy of Lebanon', 'Lebanon')).toBe(false);
  });
  it('an envoy of a state with another remit keeps the state: "Norway\'s Special Envoy for Sudan"', () => {
    const f = facts("Norway's Special Envoy for Sudan, Mr. Anders Holm, met the two delegations in Jeddah on Monday.");
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Anders Holm|Norway');
  });
});

describe('"on behalf of the High Representative" (rol31, negotiates-for.behalf-of-title)', () => {
  it('the one High Representative named in the readout is the principal', () => {
    const f = facts(
      'The High Representative of the Union for Foreign Affairs and Security Policy, Marta Lindberg, opened the meeting in Brussels. She was joined by the EU Special Representative for the Caucasus, Mr. Pavel Novak, who conducts the talks on behalf of the High Representative.',
    );
    expect(f.by('negotiates-for.behalf-of-title')).toContain('NEGOTIATES_FOR|Pavel Novak|Marta Lindberg');
  });
  it('no High Representative named: no principal', () => {
    const f = facts(
      'The EU Special Representative for the Caucasus, Mr. Pavel Novak, who conducts the talks on behalf of the High Representative, met the two delegations in Tbilisi.',
    );
    expect(f.by('negotiates-for.behalf-of-title')).toEqual([]);
  });
});
