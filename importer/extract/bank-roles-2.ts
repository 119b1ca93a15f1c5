// The nf6 second roles bank: passages written after the rules of bank-roles.ts were generalised, in wordings that
// bank did not use, and scored once before any rule was changed for them (docs/first-look.md, "Paraphrase banks"):
// the bank's own first look, an honest check that the rules reach paraphrases they were not written on.
import type { BankCase } from './bank.ts';

export const ROLES_BANK_2: BankCase[] = [
  {
    id: 'speaking-for.initialled',
    text: 'Speaking for the Government of Ghana, Deputy Minister Kwaku Ampratwum-Sarpong initialled the text in Accra.',
    facts: ['NEGOTIATES_FOR|Kwaku Ampratwum-Sarpong|Ghana'],
  },
  {
    id: 'top-negotiator.possessive',
    text: "Brazil's top negotiator, Ambassador Mauricio Lyrio, told delegates that a deal was within reach.",
    facts: ['NEGOTIATES_FOR|Mauricio Lyrio|Brazil'],
  },
  {
    id: 'on-possessive-behalf',
    text: "Negotiating on Canada's behalf, Steve Verheul met US officials in Washington on Tuesday.",
    facts: ['NEGOTIATES_FOR|Steve Verheul|Canada'],
    absent: ['NEGOTIATES_FOR|Steve Verheul|United States'],
  },
  {
    id: 'possessive-delegation-headed',
    text: "Japan's delegation to the talks was headed by Ambassador Kenji Yamada.",
    facts: ['NEGOTIATES_FOR|Kenji Yamada|Japan'],
  },
  {
    id: 'inverted-representing',
    text: 'Representing the European Union at the negotiating table was Deputy Director-General Sabine Weyand.',
    facts: ['NEGOTIATES_FOR|Sabine Weyand|European Union'],
  },
  {
    id: 'fronted-leading-side',
    text: 'Leading the Indian side in the trade talks, Commerce Secretary Sunil Barthwal met his British counterpart in London.',
    facts: ['NEGOTIATES_FOR|Sunil Barthwal|India'],
    absent: ['NEGOTIATES_FOR|Sunil Barthwal|United Kingdom'],
  },
  {
    id: 'behalf.organisation',
    text: 'Mr Ahmed Aboul Gheit signed the document on behalf of the League of Arab States.',
    facts: ['NEGOTIATES_FOR|Ahmed Aboul Gheit|League of Arab States'],
  },
  {
    id: 'initialled-by-for.coordinated',
    text: 'The accord was initialled by Ambassador Tom Fletcher for the United Kingdom and by Ambassador Ali Hassan for Egypt.',
    facts: ['NEGOTIATES_FOR|Tom Fletcher|United Kingdom', 'NEGOTIATES_FOR|Ali Hassan|Egypt'],
    absent: ['NEGOTIATES_FOR|Tom Fletcher|Egypt'],
  },
  {
    id: 'special-envoy-to.possessive',
    text: "Norway's special envoy to Colombia, Dag Nylander, attended the signing in Havana.",
    facts: ['NEGOTIATES_FOR|Dag Nylander|Norway'],
    absent: ['NEGOTIATES_FOR|Dag Nylander|Colombia'],
  },
  {
    id: 'negotiating-team-is-led',
    text: 'The Ethiopian negotiating team is led by Water Minister Habtamu Itefa.',
    facts: ['NEGOTIATES_FOR|Habtamu Itefa|Ethiopia'],
  },
  {
    id: 'will-act-as-chief-negotiator',
    text: "Mr. Ravi Menon will act as Singapore's chief negotiator in the digital economy talks.",
    facts: ['NEGOTIATES_FOR|Ravi Menon|Singapore'],
  },
  {
    id: 'neg.represented-at-funeral',
    text: 'Chancellor Olaf Scholz represented Germany at the state funeral in Tokyo.',
    facts: [],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'neg.led-delegation-to-summit',
    text: 'British Prime Minister Keir Starmer led the British delegation to the NATO Summit in The Hague.',
    facts: ['HOLDS_OFFICE|Keir Starmer|Prime Minister of the United Kingdom'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'special-envoy-for-climate',
    text: 'The Special Presidential Envoy for Climate of the United States, John Kerry, delivered remarks at COP28.',
    facts: ['NEGOTIATES_FOR|John Kerry|United States'],
  },
  {
    id: 'neg.thanked-for-hosting',
    text: 'Turkish Foreign Minister Hakan Fidan thanked Ukraine for hosting the delegation.',
    facts: ['HOLDS_OFFICE|Hakan Fidan|Foreign Minister of Turkey'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'mediator-represented-by',
    text: 'The talks were mediated by Qatar, represented by Minister of State Mohammed Al-Khulaifi.',
    facts: ['NEGOTIATES_FOR|Mohammed Al-Khulaifi|Qatar'],
  },
  {
    id: 'headline.signed-for-by',
    text: 'Agreement signed for the Republic of Korea by Minister Cho Tae-yul\n\nThe agreement was signed in Seoul on 4 June.',
    facts: ['NEGOTIATES_FOR|Cho Tae-yul|Republic of Korea'],
  },
  {
    id: 'reports.adviser-to-leader',
    text: 'Dr Ali Shamkhani, adviser to Supreme Leader Ali Khamenei, met Saudi officials in Beijing.',
    facts: ['REPORTS_TO|Ali Shamkhani|Ali Khamenei'],
  },
  {
    id: 'reports.fronted-under-direction',
    text: 'Under the direction of Foreign Minister Penny Wong, Ambassador Kevin Rudd led the negotiations in Washington.',
    facts: ['REPORTS_TO|Kevin Rudd|Penny Wong'],
  },
  {
    id: 'negotiates.negotiated',
    text: 'Ambassador Maria Lopez negotiated the Chile-Indonesia Comprehensive Economic Partnership Agreement for Chile.',
    facts: [
      'NEGOTIATES|Maria Lopez|Chile-Indonesia Comprehensive Economic Partnership Agreement',
      'NEGOTIATES_FOR|Maria Lopez|Chile',
    ],
  },
  {
    id: 'negotiates.co-chaired',
    text: 'The negotiations on the Pandemic Agreement were co-chaired by Precious Matsoso and Anne-Claire Amprou.',
    facts: ['NEGOTIATES|Precious Matsoso|Pandemic Agreement', 'NEGOTIATES|Anne-Claire Amprou|Pandemic Agreement'],
  },
  {
    id: 'who-mediated-on-behalf',
    text: 'Sheikh Mohammed bin Abdulrahman Al Thani, who mediated on behalf of Qatar, met both sides in Doha.',
    facts: ['NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Qatar'],
  },
  {
    id: 'signed-on-behalf-while',
    text: 'US Secretary of State Antony Blinken signed on behalf of the United States, while Foreign Minister Retno Marsudi signed for Indonesia.',
    facts: ['NEGOTIATES_FOR|Antony Blinken|United States', 'NEGOTIATES_FOR|Retno Marsudi|Indonesia'],
    absent: ['NEGOTIATES_FOR|Retno Marsudi|United States'],
  },
  {
    id: 'represented-in-talks-by-its',
    text: 'Iran was represented in the talks by its Deputy Foreign Minister, Majid Takht-Ravanchi.',
    facts: ['NEGOTIATES_FOR|Majid Takht-Ravanchi|Iran'],
  },
  {
    id: 'as-head-of-delegation',
    text: 'As head of the Swiss delegation to the negotiations, State Secretary Alexandre Fasel met the EU team in Brussels.',
    facts: ['NEGOTIATES_FOR|Alexandre Fasel|Switzerland'],
    absent: ['NEGOTIATES_FOR|Alexandre Fasel|European Union'],
  },
  {
    id: 'principal-negotiator-for',
    text: 'Ms Maroš Kovac, principal negotiator for Slovakia, said the chapter could be closed in June.',
    facts: ['NEGOTIATES_FOR|Maroš Kovac|Slovakia'],
  },
];
