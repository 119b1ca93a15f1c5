// Unit tests of the relation rules of issue 6 (INVOLVES, DISCUSSED, PART_OF, REACHED_AT, BASED_ON, PARTICIPATED_IN,
// PARTY_TO) on made-up sentences about made-up states' meetings, with negative cases.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, file = 'test.txt') {
  const { out, rels } = extractFacts(text, { file });
  const names = (type: string) => out.entities.filter((e) => e.type === type).map((e) => e.name);
  const of = (type: string, from?: string) =>
    [...rels].filter((r) => r.startsWith(`${type}|`) && (!from || r.startsWith(`${type}|${from}|`)));
  return { out, rels, names, of };
}

describe('incident names end before a modal verb or an adverb', () => {
  it('stops "the war in Ukraine" before "must"', () => {
    const { names } = facts(
      'President A met President B\n2 May 2023\n\nPresident Joko Widodo met President Emmanuel Macron in Paris. He said a settlement of the war in Ukraine must stay on the table.',
    );
    expect(names('Event')).toContain('war in Ukraine');
    expect(names('Event').some((n) => /must/.test(n))).toBe(false);
  });

  it('stops "the crisis in Sudan" before "peacefully"', () => {
    const { names } = facts(
      'Leaders meet\n2 May 2023\n\nPresident Abdel Fattah el-Sisi met President William Ruto in Cairo. They discussed ways to settle the crisis in Sudan peacefully.',
    );
    expect(names('Event')).toContain('crisis in Sudan');
  });
});

describe('involves.incident-sentence: only the incident’s own item of the sentence', () => {
  const text =
    'Presidents meet in Ankara\n17 March 2023\n\nPresident Sauli Niinistö met President Recep Tayyip Erdoğan in Ankara. The Presidents discussed relations between Finland and Türkiye, the NATO membership of Sweden, and reconstruction after the earthquakes of 6 February.';

  it('does not make the states of other list items parties of the incident', () => {
    const { of } = facts(text);
    const inv = of('INVOLVES', 'earthquakes of 6 February');
    expect(inv).not.toContain('INVOLVES|earthquakes of 6 February|Sweden');
    expect(inv).not.toContain('INVOLVES|earthquakes of 6 February|NATO');
  });

  it('keeps the actor named with "by" after a list boundary', () => {
    const { rels } = facts(
      'Leaders speak\n10 May 2018\n\nPrime Minister Shinzo Abe spoke with President Donald Trump by telephone. Abe welcomed the release of the three detained Americans, called it a significant result, and said that Japan regards this step by North Korea positively.',
    );
    expect(rels).toContain('INVOLVES|release of the three detained Americans|North Korea');
    expect(rels).not.toContain('INVOLVES|release of the three detained Americans|Japan');
  });

  it('leaves out the sides of a relationship told beside the incident', () => {
    const { rels } = facts(
      'Crown Prince meets President\n10 March 2025\n\nCrown Prince Mohammed bin Salman received President Volodymyr Zelenskyy in Jeddah. They reviewed Saudi-Ukrainian relations and the latest developments in the Ukrainian crisis.',
    );
    expect(rels).not.toContain('INVOLVES|Ukrainian crisis|Saudi Arabia');
    expect(rels).toContain('INVOLVES|Ukrainian crisis|Ukraine');
  });
});

describe('involves.referred-harm: later sentences telling the harm an incident did', () => {
  it('adds the states where "the earthquakes" caused loss of life', () => {
    const { rels } = facts(
      'Visit\n17 March 2023\n\nPresident Sauli Niinistö met President Recep Tayyip Erdoğan in Ankara. They spoke about reconstruction after the earthquakes of 6 February. He visited a province hit hard by the earthquakes, which also caused heavy loss of life in Syria.',
    );
    expect(rels).toContain('INVOLVES|earthquakes of 6 February|Syria');
  });

  it('does not add states of a later sentence that tells no harm', () => {
    const { rels } = facts(
      'Visit\n17 March 2023\n\nPresident Sauli Niinistö met President Recep Tayyip Erdoğan in Ankara. They spoke about reconstruction after the earthquakes of 6 February. The earthquakes were also discussed with Syria in mind.',
    );
    expect(rels).not.toContain('INVOLVES|earthquakes of 6 February|Syria');
  });
});

describe('event.incident.same-war: one conflict under several wordings', () => {
  it('names the crisis, the conflict and the war of the same states once', () => {
    const { names } = facts(
      'Crown Prince meets President\n10 March 2025\n\nCrown Prince Mohammed bin Salman received President Volodymyr Zelenskyy in Jeddah. They reviewed the Ukrainian crisis. They discussed ways of ending the conflict in Ukraine and the efforts to end the Russian-Ukrainian war.',
    );
    const wars = names('Event').filter((n) => /crisis|conflict|war\b/.test(n));
    expect(wars).toEqual(['Ukrainian crisis']);
  });

  it('keeps conflicts of different states apart', () => {
    const { names } = facts(
      'Leaders meet\n13 July 2023\n\nPresident Abdel Fattah el-Sisi met Prime Minister Abiy Ahmed in Cairo. They discussed the crisis in Sudan and the war in Ukraine.',
    );
    expect(names('Event')).toEqual(expect.arrayContaining(['crisis in Sudan', 'war in Ukraine']));
  });
});

describe('part-of.current-visit: the readout’s meeting is part of the visit under way', () => {
  it('puts the meeting in the visit told later, and not among its topics', () => {
    const { rels, of } = facts(
      'President meets President\n30 June 2022\n\nPresident Joko Widodo held a bilateral meeting with President Vladimir Putin at the Kremlin on 30 June 2022. They discussed food security. The visit to Moscow came a day after President Widodo was in Kyiv.',
    );
    const main = of('PARTICIPATED_IN', 'Vladimir Putin')[0]!.split('|')[2]!;
    expect(rels).toContain(`PART_OF|${main}|visit to Moscow`);
    expect(rels).not.toContain(`DISCUSSED|${main}|visit to Moscow`);
  });

  it('leaves a visit told as past, or one agreed on, outside the meeting', () => {
    const past = facts(
      'Prime Ministers meet\n7 March 2024\n\nPrime Minister Anthony Albanese held talks with Prime Minister Pham Minh Chinh in Canberra. He recalled his official visit to Viet Nam in June 2023.',
    );
    expect(past.of('PART_OF').some((r) => r.endsWith('|official visit to Viet Nam'))).toBe(false);
    const agreed = facts(
      'Leaders meet\n24 April 2021\n\nThe leaders met in Jakarta. They agreed on five points:\n(i) dialogue among all parties;\n(ii) a visit to Myanmar by the special envoy to meet all parties.',
    );
    expect(agreed.of('PART_OF').some((r) => r.endsWith('|visit to Myanmar'))).toBe(false);
  });

  it('leaves a visit named after someone who did not hold the meeting', () => {
    const { of } = facts(
      "Talks in Istanbul\n16 May 2025\n\nPresident Recep Tayyip Erdoğan met President Volodymyr Zelenskyy in Ankara. Secretary Marco Rubio's visit to İstanbul was welcomed.",
    );
    expect(of('PART_OF').some((r) => r.includes('visit to İstanbul'))).toBe(false);
  });
});

describe('reached-at.occasion: an agreement signed on the margins of a summit', () => {
  const text =
    'Presidents meet in Ankara\n17 March 2023\n\nPresident Sauli Niinistö met President Recep Tayyip Erdoğan in Ankara. He noted the steps taken under the Trilateral Memorandum that Finland, Sweden and Türkiye signed on the margins of the NATO Summit in Madrid in June 2022.';

  it('makes the summit where the agreement was reached, not the frame of the meeting', () => {
    const { of } = facts(text);
    expect(of('REACHED_AT', 'Trilateral Memorandum')).toEqual(['REACHED_AT|Trilateral Memorandum|NATO Summit']);
    expect(of('PART_OF').some((r) => r.endsWith('|NATO Summit'))).toBe(false);
    expect(of('PARTICIPATED_IN').some((r) => r.endsWith('|NATO Summit'))).toBe(false);
    expect(of('DISCUSSED').some((r) => r.endsWith('|NATO Summit'))).toBe(false);
  });

  it('still makes a meeting held on the margins part of the summit', () => {
    const { of } = facts(
      "Leaders meet\n4 September 2016\n\nPresident Barack Obama met President Recep Tayyip Erdoğan on the margins of the G20 Leaders' Summit in Hangzhou.",
    );
    expect(of('PART_OF').some((r) => r.includes("G20 Leaders' Summit"))).toBe(true);
  });
});

describe('sides.facilitator: a facilitator or mediator is no side of the talks', () => {
  const text =
    'Peace talks end\n26 August 2016\n\nThe Government of Borduria and the Syldavian Liberation Front (SLF) today ended a round of formal peace talks in Oslo, with Norway as third-party facilitator. Foreign Minister Børge Brende of Norway opened the talks. The parties signed the Oslo Joint Statement today.';

  it('leaves the facilitator out of the parties of the agreement signed there', () => {
    const { of } = facts(text);
    expect(of('PARTY_TO', 'Norway')).toEqual([]);
  });

  it('keeps a state named as a side', () => {
    const { of } = facts(
      'Talks end\n26 August 2016\n\nPresident Barack Obama of the United States met President Vladimir Putin of Russia in Oslo. The two Presidents signed the Oslo Joint Statement today.',
    );
    expect(of('PARTY_TO').some((r) => r.startsWith('PARTY_TO|Russia|'))).toBe(true);
  });
});

describe('reached-at.main-event: not for agreements told as signed before', () => {
  it('does not make agreements "signed earlier" reached at the readout’s event', () => {
    const { of } = facts(
      'Talks end\n26 August 2016\n\nPresident Barack Obama met President Vladimir Putin in Oslo. The parties reaffirmed the agreements they have signed earlier, among them the Oslo Framework Agreement of 1992.',
    );
    expect(of('REACHED_AT')).toEqual([]);
  });

  it('still makes an agreement signed today reached there', () => {
    const { of } = facts(
      'Talks end\n26 August 2016\n\nPresident Barack Obama met President Vladimir Putin in Oslo. The two Presidents signed the Oslo Framework Agreement today.',
    );
    expect(of('REACHED_AT', 'Oslo Framework Agreement')).toHaveLength(1);
  });
});

describe('participated.not-principal: the principal someone represents did not attend', () => {
  const text =
    "Leaders meet\n24 April 2021\n\nThe ASEAN Leaders' Meeting was held in Jakarta. Attending the Meeting were President Joko Widodo of Indonesia and Prime Minister Lee Hsien Loong of Singapore. Secretary Teodoro Locsin, Secretary of Foreign Affairs, attended as Special Envoy of President Rodrigo Duterte of the Philippines.";

  it('gives the envoy, not his principal, a part in the meeting', () => {
    const { rels } = facts(text);
    expect(rels).toContain("PARTICIPATED_IN|Teodoro Locsin|ASEAN Leaders' Meeting");
    expect(rels).not.toContain("PARTICIPATED_IN|Rodrigo Duterte|ASEAN Leaders' Meeting");
  });

  it('leaves out the President someone "represented"', () => {
    const { rels } = facts(
      'Mission in St Petersburg\n17 June 2023\n\nPresident Cyril Ramaphosa held talks with President Vladimir Putin in St Petersburg. Also present were President Macky Sall of Senegal and Prime Minister Mostafa Madbouly of Egypt, who represented President Abdel Fattah el-Sisi.',
    );
    const main = [...rels].find((r) => r.startsWith('PARTICIPATED_IN|Vladimir Putin|'))!.split('|')[2]!;
    expect(rels).toContain(`PARTICIPATED_IN|Mostafa Madbouly|${main}`);
    expect(rels).not.toContain(`PARTICIPATED_IN|Abdel Fattah el-Sisi|${main}`);
  });
});

describe('participated.met-visitor only on a trip', () => {
  it('does not add the people a leader met elsewhere to the readout’s meeting', () => {
    const { rels } = facts(
      'Presidents meet\n17 March 2023\n\nPresident Sauli Niinistö held talks with President Recep Tayyip Erdoğan in Ankara. In Kahramanmaraş, President Niinistö met the Governor of Kahramanmaraş, Ömer Faruk Coşkun.',
    );
    expect([...rels].some((r) => r.startsWith('PARTICIPATED_IN|Ömer Faruk Coşkun|') && r.includes('Ankara'))).toBe(
      false,
    );
  });

  it('adds them to a mission', () => {
    const { rels } = facts(
      'Mission of Mr Emmanuel Bonne to Tehran\n10 July 2019\n\nMr Emmanuel Bonne travelled to Tehran on 9 and 10 July. During his stay, Mr Bonne held talks with Mr Ali Shamkhani, Secretary of the Supreme National Security Council, and with the Minister of Foreign Affairs, Mr Mohammad Javad Zarif.',
    );
    expect([...rels].some((r) => r.startsWith('PARTICIPATED_IN|Mohammad Javad Zarif|Mission'))).toBe(true);
  });
});

describe('participated.visitor and former leaders', () => {
  it('makes the visitor, not the host, take part in the visit the meeting belongs to', () => {
    const { rels } = facts(
      'President meets President\n30 June 2022\n\nPresident Joko Widodo of Indonesia held a bilateral meeting with President Vladimir Putin of Russia at the Kremlin on 30 June 2022. The visit to Moscow came a day after President Widodo was in Kyiv.',
    );
    expect(rels).toContain('PARTICIPATED_IN|Joko Widodo|visit to Moscow');
    expect(rels).not.toContain('PARTICIPATED_IN|Vladimir Putin|visit to Moscow');
  });

  it('does not count a "then Prime Minister" among "the two leaders"', () => {
    const { rels } = facts(
      'Prime Ministers meet\n7 March 2024\n\nPrime Minister Anthony Albanese of Australia held talks with Prime Minister Pham Minh Chinh of Viet Nam in Canberra. They built on the partnership that then Prime Minister Nguyen Xuan Phuc and then Prime Minister Malcolm Turnbull set up in 2018. The two leaders then held a joint press conference.',
    );
    expect([...rels].some((r) => r.startsWith('PARTICIPATED_IN|Nguyen Xuan Phuc|'))).toBe(false);
    expect(rels).toContain('PARTICIPATED_IN|Anthony Albanese|joint press conference');
  });
});

describe('DISCUSSED precision: background, onward legs, procedures, authors and memberships', () => {
  it('does not make the call a meeting "follows" one of its topics', () => {
    const { of } = facts(
      'Talks in St Petersburg\n17 June 2023\n\nPresident Cyril Ramaphosa held talks with President Vladimir Putin in St Petersburg. The engagement follows the telephone conversation of 7 June between the two Presidents.',
    );
    expect(of('DISCUSSED').some((r) => r.endsWith('|telephone conversation of 7 June'))).toBe(false);
  });

  it('does not make the next stops of a trip topics', () => {
    const { of } = facts(
      "Prime Minister in Brussels\n9 July 2023\n\nPrime Minister Chris Hipkins held talks with President Ursula von der Leyen in Brussels. He travels next to Vilnius for the NATO Leaders' Summit.",
    );
    expect(of('DISCUSSED').some((r) => r.includes("NATO Leaders' Summit"))).toBe(false);
  });

  it('leaves out the legislatures that ratify and the bodies under whose auspices something was done', () => {
    const { of } = facts(
      'Protocol signed\n6 November 2023\n\nPrime Minister Giorgia Meloni met Prime Minister Edi Rama in Rome. The protocol needs ratification by the Italian Parliament. They spoke of the grain corridor set up under the auspices of the United Nations and Türkiye.',
    );
    const topics = of('DISCUSSED').map((r) => r.split('|')[2]);
    expect(topics).not.toContain('Italian Parliament');
    expect(topics).not.toContain('United Nations');
    expect(topics).not.toContain('Turkey');
  });

  it('leaves out a membership ("a strong NATO Ally") but keeps a state discussed on its own', () => {
    const { of } = facts(
      'Leaders meet\n4 September 2016\n\nPresident Barack Obama held talks with President Recep Tayyip Erdoğan of Turkey in Hangzhou. They said Turkey, a strong NATO Ally, is a critical partner. They discussed the situation in Syria.',
    );
    const topics = of('DISCUSSED').map((r) => r.split('|')[2]);
    expect(topics).not.toContain('NATO');
    expect(topics).toContain('Syria');
  });
});

describe('based-on.phrase: "The Protocol builds on A and on B"', () => {
  const text =
    'Protocol signed\n6 November 2023\n\nPrime Minister Giorgia Meloni held talks with Prime Minister Edi Rama in Rome. The two Prime Ministers signed the Italy-Albania Protocol. The Protocol builds on the Treaty of Friendship between Italy and Albania and on the Readmission Agreement between Italy and Albania.';

  it('reads a definite agreement head opening the sentence as the agreement named before, with each basis', () => {
    const { of } = facts(text);
    expect(of('BASED_ON', 'Italy-Albania Protocol').sort()).toEqual([
      'BASED_ON|Italy-Albania Protocol|Readmission Agreement between Italy and Albania',
      'BASED_ON|Italy-Albania Protocol|Treaty of Friendship between Italy and Albania',
    ]);
  });

  it('makes nothing of a basis that is not an agreement', () => {
    const { of } = facts(
      'Talks\n6 November 2023\n\nPrime Minister Giorgia Meloni held talks with Prime Minister Edi Rama in Rome. They signed the Italy-Albania Protocol. The Protocol builds on years of cooperation.',
    );
    expect(of('BASED_ON')).toEqual([]);
  });
});

describe('involves.gathered: who a gathering brought together or who hosted it', () => {
  it('links a summit to the states and bodies it brings together', () => {
    const { of } = facts(
      'Presidents meet\n13 July 2023\n\nPresident Abdel Fattah el-Sisi received Prime Minister Abiy Ahmed on the sidelines of the Cairo Neighbours Summit. The Summit brings together the leaders of Libya, Chad and Eritrea, with the participation of the Chairperson of the African Union Commission.',
    );
    const inv = of('INVOLVES').filter((r) => r.includes('Neighbours Summit'));
    expect(inv.map((r) => r.split('|')[2]).sort()).toEqual(['African Union Commission', 'Chad', 'Eritrea', 'Libya']);
    expect(of('DISCUSSED').some((r) => r.endsWith('|African Union Commission'))).toBe(false);
  });

  it('links a summit to the state that hosted it', () => {
    const { rels } = facts(
      "Prime Minister in Brussels\n9 July 2023\n\nPrime Minister Chris Hipkins held talks with President Ursula von der Leyen in Brussels. They looked ahead to the NATO Leaders' Summit hosted by Lithuania on 11 and 12 July.",
    );
    expect(rels).toContain("INVOLVES|NATO Leaders' Summit|Lithuania");
  });

  it('does not link states named after the cue outside the list', () => {
    const { of } = facts(
      "Presidents meet\n13 July 2023\n\nPresident Abdel Fattah el-Sisi received Prime Minister Abiy Ahmed in Cairo. The Summit of Sudan's Neighbouring Countries was hosted by Egypt on a day when talks in Ethiopia also went on.",
    );
    expect(of('INVOLVES').filter((r) => r.endsWith('|Ethiopia'))).toEqual([]);
  });
});

describe('part-of.session of a visit: the welcome ceremony belongs to the visit', () => {
  it('puts the welcome ceremony in the visit, the press conference in the talks', () => {
    const { rels, of } = facts(
      'Prime Ministers hold talks in Canberra\n7 March 2024\n\nPrime Minister Anthony Albanese of Australia held talks with Prime Minister Pham Minh Chinh of Viet Nam in Canberra, on his first official visit to Australia. The talks followed the official welcome ceremony. After the talks, the two Prime Ministers gave a joint press conference.',
    );
    expect(rels).toContain('PART_OF|official welcome ceremony|first official visit to Australia');
    expect(of('PART_OF', 'joint press conference')).toEqual([
      'PART_OF|joint press conference|Prime Ministers hold talks in Canberra',
    ]);
  });

  it('keeps the ceremony with the meeting when no visit is told', () => {
    const { of } = facts(
      'Prime Ministers meet\n7 March 2024\n\nPrime Minister Anthony Albanese of Australia held talks with Prime Minister Pham Minh Chinh of Viet Nam in Canberra after an official welcome ceremony.',
    );
    expect(of('PART_OF', 'official welcome ceremony').some((r) => r.includes('visit'))).toBe(false);
  });
});

describe('involves.host: a state told as hosting a gathering', () => {
  it('links the negotiations a state "hosted" and the meeting it was thanked "for hosting"', () => {
    const { rels } = facts(
      'Talks in Geneva\n12 May 2025\n\nSecretary Scott Bessent of the United States held talks with Vice Premier He Lifeng of China in Geneva. Secretary Bessent thanked Switzerland for hosting. Türkiye, which hosted the Russia-Ukraine negotiations in March 2022, offered its help again.',
    );
    const main = [...rels].find((r) => r.startsWith('PARTICIPATED_IN|He Lifeng|'))!.split('|')[2]!;
    expect(rels).toContain(`INVOLVES|${main}|Switzerland`);
    expect(
      [...rels].some((r) => r.startsWith('INVOLVES|') && r.endsWith('|Turkey') && r.includes('negotiations')),
    ).toBe(true);
  });

  it('does not read hosting refugees as hosting a meeting', () => {
    const { rels } = facts(
      'Leaders meet\n4 September 2016\n\nPresident Barack Obama held talks with President Recep Tayyip Erdoğan of Turkey in Hangzhou. Obama thanked Turkey for hosting more refugees than any other country.',
    );
    expect([...rels].some((r) => r.startsWith('INVOLVES|') && r.endsWith('|Turkey'))).toBe(false);
  });
});
