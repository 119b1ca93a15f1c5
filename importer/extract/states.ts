// State gazetteer: world-countries (common, official and alternative names, demonyms) plus a small table of
// historical states and everyday aliases. Two-letter codes are never matched in text.
import countries from 'world-countries';

import { MAJOR_CITIES } from './cities.ts';

export interface StateInfo {
  name: string;
  /** Country-code top-level domain, without the dot ("no"). */
  tld?: string;
  iso2?: string;
  iso3?: string;
  /** Names and aliases that denote the state itself. */
  names: string[];
  /** Adjectives / demonyms ("Japanese"). */
  demonyms: string[];
  /** The name takes "the" in running text ("the United States"). */
  article: boolean;
  /** The formal name where it differs from `name` ("Republic of Korea"). */
  official?: string;
}

/** Canonical names that differ from world-countries' common name (the usual English short name). */
// off31: Côte d'Ivoire by the name it asks for and the UN uses (world-countries' "Ivory Coast" stays an alias), as the
// annotated samples' golds and the banks write it.
const CANONICAL: Record<string, string> = {
  TR: 'Turkey',
  CZ: 'Czech Republic',
  CV: 'Cape Verde',
  SZ: 'Swaziland',
  CI: "Côte d'Ivoire",
};

/** Everyday aliases world-countries lacks. */
const EXTRA: Record<string, { names?: string[]; demonyms?: string[] }> = {
  US: { names: ['U.S.', 'U.S.A.', 'USA', 'America', 'United States of America'], demonyms: ['American', 'U.S.', 'US'] },
  GB: { names: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British', 'UK', 'U.K.'] },
  RU: { names: ['Russian Federation'], demonyms: ['Russian'] },
  KR: { names: ['Republic of Korea', 'ROK', 'Korea'], demonyms: ['Korean', 'South Korean', 'ROK'] },
  KP: { names: ['DPRK', "Democratic People's Republic of Korea"], demonyms: ['North Korean', 'DPRK'] },
  CN: { names: ["People's Republic of China", 'PRC'], demonyms: ['Chinese'] },
  TR: { names: ['Türkiye', 'Turkiye', 'Republic of Turkey'], demonyms: ['Turkish'] },
  IR: { names: ['Islamic Republic of Iran'], demonyms: ['Iranian'] },
  VN: { names: ['Viet Nam', 'Socialist Republic of Viet Nam'], demonyms: ['Vietnamese'] },
  LA: { names: ['Lao PDR'], demonyms: ['Lao', 'Laotian'] },
  MV: { names: ['the Maldives'], demonyms: ['Maldivian'] },
  PH: { demonyms: ['Philippine', 'Filipino'] },
  // top15: "two Nepali peacekeepers".
  NP: { demonyms: ['Nepali'] },
  // top18: "the PNG–Australia Bilateral Security Agreement".
  PG: { names: ['PNG'] },
  NL: { names: ['Holland'], demonyms: ['Dutch'] },
  CH: { names: ['Swiss Confederation'], demonyms: ['Swiss'] },
  DE: { names: ['Federal Republic of Germany', 'West Germany'], demonyms: ['German'] },
  FR: { names: ['French Republic'], demonyms: ['French'] },
  SY: { names: ['Syrian Arab Republic'], demonyms: ['Syrian'] },
  IL: { names: ['State of Israel'], demonyms: ['Israeli'] },
  UA: { demonyms: ['Ukrainian'] },
  BY: { demonyms: ['Belarusian'] },
  IN: { names: ['Republic of India'], demonyms: ['Indian'] },
  AE: { names: ['UAE', 'U.A.E.'], demonyms: ['Emirati'] },
  VA: { names: ['Holy See'], demonyms: ['Vatican'] },
  // Its name in texts of 1993–2019 (UN Security Council resolution 817), lowercase "former" as Greece and the UN wrote it.
  MK: {
    names: ['former Yugoslav Republic of Macedonia', 'Former Yugoslav Republic of Macedonia', 'FYROM', 'FYR Macedonia'],
  },
  // fla10: the usual English adjectives of Central Asian states ("the Kazakh side", "the Uzbek delegation").
  KZ: { demonyms: ['Kazakh'] },
  UZ: { demonyms: ['Uzbek'] },
  KG: { demonyms: ['Kyrgyz'] },
  TJ: { demonyms: ['Tajik'] },
  // rol18: "the Slovenian delegation" (world-countries gives only "Slovene").
  SI: { demonyms: ['Slovenian'] },
  // rol19: "the Ecuadorian delegation" (world-countries gives only "Ecuadorean").
  EC: { demonyms: ['Ecuadorian'] },
  // rol21: the lusophone adjective ("The Cabo Verdean negotiating team").
  CV: { names: ['Cabo Verde'], demonyms: ['Cabo Verdean', 'Cape Verdean'] },
  // rol18: the French name in a francophone issuer's source line ("Présidence de la République Démocratique du Congo").
  // rol25 left "DRC" out: with it, "Presidents A and B" after "the Foreign Ministers of the DRC and Rwanda" took their
  // sides crosswise (office.plural-title-pair) in a first-look sample.
  CD: { names: ['République Démocratique du Congo', 'République démocratique du Congo'] },
  // ent22 (state.acronym-car): "his CAR counterpart"; the capitalised acronym only ("car" is a word).
  CF: { names: ['CAR'] },
  // fl26c: the short name Burkina Faso's presidency uses for the state ("Presidency of Faso", "President of Faso").
  BF: { names: ['Faso'] },
  // fl26b: "the Comorian people", "the Comorian President" (world-countries gives "Comoran").
  KM: { demonyms: ['Comorian'] },
  // fl23a: "the Djiboutian delegation" (world-countries gives "Djibouti" as the English adjective).
  DJ: { demonyms: ['Djiboutian'] },
  // fl19b: the name of Libya's internationally recognised government of 2016–2021, which readouts use for the state
  // ("signed … for the Government of National Accord"); "Accord" had made it an agreement.
  LY: { names: ['Government of National Accord'] },
  // ent23 (state.initials-alias): the initials readouts of the region use ("the Chair of the Presidency of BiH", "trade
  // between the KSA and the ROK"), mixed case or all capitals, no word of their own.
  BA: { names: ['BiH'] },
  SA: { names: ['KSA'] },
  // fl27c (state.initials-alias): the initials the Pacific freely associated states' own releases use for them ("the
  // Government of the RMI", "the RMI side", "the FSM delegation").
  MH: { names: ['RMI'], demonyms: ['RMI'] },
  FM: { names: ['FSM'], demonyms: ['FSM'] },
};

/** Historical states and blocs absent from world-countries. */
const HISTORICAL: StateInfo[] = [
  {
    name: 'Soviet Union',
    iso3: 'SUN',
    names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'],
    demonyms: ['Soviet'],
    article: true,
  },
  { name: 'Yugoslavia', iso3: 'YUG', names: ['Yugoslavia'], demonyms: ['Yugoslav'], article: false },
  { name: 'Czechoslovakia', iso3: 'CSK', names: ['Czechoslovakia'], demonyms: ['Czechoslovak'], article: false },
  {
    name: 'East Germany',
    iso3: 'DDR',
    names: ['East Germany', 'German Democratic Republic', 'GDR'],
    demonyms: ['East German'],
    article: false,
  },
];

/**
 * Rule state.de-facto-sides (rol25): de facto states absent from world-countries that talks treat as sides, each with
 * its own negotiators ("the Transnistrian negotiator", "The Abkhaz representative", "the South Ossetian representative",
 * "Somaliland's delegation"); the gold annotates them as states.
 */
const DE_FACTO: StateInfo[] = [
  {
    name: 'Transnistria',
    names: ['Transnistria', 'Pridnestrovie', 'Pridnestrovian Moldavian Republic'],
    demonyms: ['Transnistrian', 'Pridnestrovian'],
    article: false,
  },
  { name: 'Abkhazia', names: ['Abkhazia'], demonyms: ['Abkhaz', 'Abkhazian'], article: false },
  { name: 'South Ossetia', names: ['South Ossetia'], demonyms: ['South Ossetian'], article: false },
  { name: 'Somaliland', names: ['Somaliland', 'Republic of Somaliland'], demonyms: ['Somalilander'], article: false },
];

/** Non-sovereign entries of world-countries that readouts treat like states (not Hong Kong or Macau: regions of China, never annotated as states). */
// The Cook Islands and Niue (fla10): self-governing states in free association with New Zealand, with their own
// foreign relations and treaties (Pacific Islands Forum members).
const KEEP_TERRITORIES = new Set(['TW', 'PS', 'XK', 'EH', 'PR', 'GL', 'CK', 'NU']);

// off31: "Seychelles" takes no article (the UN's and ISO's short name; the banks and the annotated samples write
// "President of Seychelles").
const WITH_ARTICLE =
  /^(United|Philippines|Netherlands|Bahamas|Gambia|Czech Republic|Dominican Republic|Central African|Comoros|Marshall Islands|Cook Islands)/;

/**
 * Ambiguous alternative spellings never used as names ("Island", Iceland's own name, is an English word of names:
 * "Pacific Island Countries", "Small Island Developing States"; fl14b).
 */
const SKIP_ALT = /^(Lao|Nation of Brunei|the Abode of Peace|Island)$/;

/**
 * Rule state.saint-abbreviated (fl29a; ev21 had it for Saint Vincent alone): a state whose name begins with "Saint" is
 * also written "St" and "St." ("St. Kitts and Nevis", "St Lucia", "St Vincent and the Grenadines"), as the Caribbean
 * governments' own releases write them.
 */
const SAINT = /^Saint (?=\p{Lu})/u;
export function saintForms(names: readonly string[]): string[] {
  return names.flatMap((n) => (SAINT.test(n) ? [n, n.replace(SAINT, 'St '), n.replace(SAINT, 'St. ')] : [n]));
}

function build(): StateInfo[] {
  const out: StateInfo[] = [];
  // Sovereign states first, so that a demonym shared with a territory ("American") names the state.
  const sorted = [...countries]
    .filter((c) => c.independent || KEEP_TERRITORIES.has(c.cca2))
    .sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of sorted) {
    const name = CANONICAL[c.cca2] ?? c.name.common;
    const extra = EXTRA[c.cca2] ?? {};
    const dem = c.demonyms?.eng;
    // Rule state.demonym-not-name (ent24): an alternative spelling that is the demonym ("Togolese", "Thai") is no
    // name of the state: "… and Togolese Abroad" must not read as naming Togo inside a title.
    const alts = c.altSpellings.filter(
      (s) =>
        s.length > 3 &&
        /^[\p{L}' .,-]+$/u.test(s) &&
        !s.includes(',') &&
        !SKIP_ALT.test(s) &&
        s !== dem?.m &&
        s !== dem?.f,
    );
    const names = [...new Set(saintForms([name, c.name.common, c.name.official, ...alts, ...(extra.names ?? [])]))];
    const demonyms = [
      ...new Set(
        [...(extra.demonyms ?? []), ...(dem ? [dem.m, dem.f] : [])].filter(
          (d) => (d && d.length > 2) || d === 'US' || d === 'UK',
        ),
      ),
    ];
    const official = c.name.official !== name ? { official: c.name.official } : {};
    const tld = c.tld?.[0]?.replace(/^\./, '');
    out.push({
      name,
      iso2: c.cca2,
      iso3: c.cca3,
      names,
      demonyms,
      article: WITH_ARTICLE.test(name),
      ...official,
      ...(tld ? { tld } : {}),
    });
  }
  return [...out, ...HISTORICAL, ...DE_FACTO];
}

export const STATES: StateInfo[] = build();
export const STATE_BY_NAME = new Map(STATES.map((s) => [s.name, s]));

/** Capitals that name another place as well, or more than one state: never read as their state. */
const AMBIGUOUS_CAPITALS = new Set(['Kingston', 'Victoria', 'Georgetown', 'Hamilton', 'Oranjestad', 'Saint John']);
/** Everyday forms of capitals beside world-countries' own. */
const CAPITAL_FORMS: Record<string, string> = { 'Washington D.C.': 'Washington', Kyiv: 'Kiev' };

/** A state's capital city by name (world-countries), for places and metonyms: "Kyiv" → Ukraine, "Washington". */
export const CAPITAL_STATE: ReadonlyMap<string, string> = (() => {
  const byIso = new Map(STATES.filter((s) => s.iso2).map((s) => [s.iso2!, s.name]));
  const out = new Map<string, string>();
  for (const c of countries) {
    const state = byIso.get(c.cca2);
    if (!state) continue;
    for (const cap of c.capital ?? []) {
      if (AMBIGUOUS_CAPITALS.has(cap) || cap.length < 4) continue;
      out.set(cap, state);
      if (CAPITAL_FORMS[cap]) out.set(CAPITAL_FORMS[cap], state);
    }
  }
  return out;
})();

/**
 * Cities other than capitals where talks and summits between states are often held, with their state: the host of
 * talks "in İstanbul" or "the Jeddah talks" between two other states (see involves.venue-capital). Not read as the
 * state anywhere else.
 */
const VENUE_CITIES: Record<string, string> = {
  Istanbul: 'Turkey',
  İstanbul: 'Turkey',
  Antalya: 'Turkey',
  Jeddah: 'Saudi Arabia',
  'Sharm el-Sheikh': 'Egypt',
  'Sharm El-Sheikh': 'Egypt',
  Geneva: 'Switzerland',
  Lausanne: 'Switzerland',
  Montreux: 'Switzerland',
  Davos: 'Switzerland',
  Bürgenstock: 'Switzerland',
  Sochi: 'Russia',
  'St Petersburg': 'Russia',
  'St. Petersburg': 'Russia',
  'Saint Petersburg': 'Russia',
  Shanghai: 'China',
  Hangzhou: 'China',
  Osaka: 'Japan',
  Hiroshima: 'Japan',
  Busan: 'South Korea',
  'Da Nang': 'Vietnam',
  Danang: 'Vietnam',
  Bali: 'Indonesia',
  Munich: 'Germany',
  Almaty: 'Kazakhstan',
  Dubai: 'United Arab Emirates',
  Aqaba: 'Jordan',
  'Rio de Janeiro': 'Brazil',
  Johannesburg: 'South Africa',
};

/** Cities that seat a world body: talks there between other states have no host state ("on the margins in New York"). */
const UN_SEATS = new Set(['New York', 'New York City']);
const STATE_NAMES = new Set(STATES.flatMap((s) => s.names));
/** Major cities and regions (cities.ts) by name, none that is also a state's name ("Djibouti"). */
const CITIES = Object.entries(MAJOR_CITIES).filter(([c]) => !STATE_NAMES.has(c));

/** A capital or a venue city by name, with its state: where talks between other states were held. */
export const VENUE_STATE: ReadonlyMap<string, string> = new Map([
  ...CITIES.filter(([c]) => !UN_SEATS.has(c)),
  ...CAPITAL_STATE,
  ...Object.entries(VENUE_CITIES),
]);

/** Rule place.city-state (gaz13): a capital, venue or major city by name, with its state ("Kharkiv" → Ukraine). */
export const PLACE_STATE: ReadonlyMap<string, string> = new Map([
  ...CITIES,
  ...CAPITAL_STATE,
  ...Object.entries(VENUE_CITIES),
]);

/** States customarily named family name first in English (their persons keep the text's order). */
export const FAMILY_FIRST_STATES = new Set([
  'China',
  'South Korea',
  'North Korea',
  'Vietnam',
  'Taiwan',
  'Hong Kong',
  'Macau',
  'Singapore',
  'Cambodia',
  'Mongolia',
]);

/** States whose persons are called by their first name, the rest being patronymics ("Prime Minister Abiy"). */
export const GIVEN_NAME_STATES = new Set(['Ethiopia', 'Eritrea', 'Iceland']);

/** "the United States" where the state takes an article; otherwise the bare name. */
export const withArticle = (s: string): string => (STATE_BY_NAME.get(s)?.article ? `the ${s}` : s);

/** A government web address: a government word in the host ("government.no", "www.governo.it", "mfa.gov.sg"). */
const GOV_HOST =
  /\b(?:www\.)?((?:[a-z0-9-]+\.)*?(?:gov|govt|government|governo|gobierno|gouvernement|regjeringen|regeringen|bundesregierung|mfa|mofa|mofa-[a-z]+|president|presidency|presidencia|presidence|kremlin|pmo|pm)(?:\.[a-z0-9-]+)*\.([a-z]{2}))\b/i;
const BY_TLD = new Map(STATES.filter((s) => s.tld).map((s) => [s.tld!, s.name]));

/** The state whose government web address a readout's header or source shows ("Government.no" → Norway). */
export function stateOfGovernmentHost(head: string): string | undefined {
  const m = GOV_HOST.exec(head);
  return m ? BY_TLD.get(m[2]!.toLowerCase()) : undefined;
}
