// Test data for the LLM extractor's tests: a short readout of a real meeting (the 12 June 2018 Singapore summit),
// written in our own words, and STUB_REPLY, the canned answer the stub server plays back as the "model".
// STUB_REPLY is input to the code under test (what a model might say, slips included), not its expected output.

export const READOUT_FILE = '2018-06-12-us-dprk-singapore-summit.txt';

export const READOUT = `United States-DPRK Singapore Summit
June 12, 2018

On June 12, 2018, President Donald J. Trump of the United States of America and Chairman Kim Jong Un of the State Affairs Commission of the Democratic People's Republic of Korea held the first summit between the two countries on Sentosa Island, Singapore.
The two leaders exchanged views on establishing new relations between the United States and the DPRK and on a lasting peace regime on the Korean Peninsula.
At the summit, President Trump and Chairman Kim signed a Joint Statement.
Reaffirming the Panmunjom Declaration of April 27, 2018, the DPRK committed to work toward the complete denuclearization of the Korean Peninsula.
Secretary of State Mike Pompeo will lead the follow-on negotiations with a high-level DPRK official at the earliest possible date.
`;

/** Sentences of READOUT that the stub's evidence quotes refer to (tests locate them with indexOf). */
export const SENTENCE = {
  held: READOUT.split('\n')[3]!,
  signed: 'At the summit, President Trump and Chairman Kim signed a Joint Statement.',
  reaffirming: READOUT.split('\n')[6]!,
  pompeo: READOUT.split('\n')[7]!,
};

/**
 * The stub model's answer. Deliberate slips a real model makes: an honorific-free but non-canonical state
 * ("DPRK"), a bare office title, evidence quoted with changed case and spacing, a paraphrased evidence,
 * and three relations the extractor must drop (wrong endpoint types, an unknown end, an unlocatable claim).
 */
export const STUB_REPLY = {
  entities: [
    { type: 'Person', name: 'Donald J. Trump', aliases: ['President Donald J. Trump', 'President Trump'] },
    { type: 'Person', name: 'Kim Jong Un', aliases: ['Chairman Kim Jong Un', 'Chairman Kim'] },
    { type: 'Person', name: 'Mr. Mike Pompeo', aliases: ['Secretary of State Mike Pompeo'] },
    { type: 'Office', name: 'President of the United States of America', aliases: [] },
    { type: 'Office', name: 'Chairman of the State Affairs Commission', aliases: [] },
    { type: 'Office', name: 'Secretary of State', aliases: [] },
    { type: 'State', name: 'United States', aliases: ['United States of America'] },
    { type: 'State', name: 'DPRK', aliases: ["Democratic People's Republic of Korea"] },
    {
      type: 'event',
      name: 'United States-DPRK Singapore Summit',
      kind: 'summit',
      date: '2018-06-12',
      place: 'Singapore',
      status: 'held',
    },
    { type: 'Agreement', name: 'Joint Statement', year: 2018, status: 'concluded' },
    {
      type: 'Agreement',
      name: 'Panmunjom Declaration',
      year: 2018,
      status: 'concluded',
      aliases: ['the Panmunjom Declaration'],
    },
  ],
  relations: [
    {
      type: 'HOLDS_OFFICE',
      from: 'Donald J. Trump',
      to: 'President of the United States of America',
      evidence: SENTENCE.held,
    },
    {
      type: 'HOLDS_OFFICE',
      from: 'Kim Jong Un',
      to: 'Chairman of the State Affairs Commission',
      evidence: SENTENCE.held.toLowerCase().replace(/ /g, '  '),
    },
    {
      type: 'HOLDS_OFFICE',
      from: 'Mike Pompeo',
      to: 'Secretary of State',
      evidence: 'Pompeo serves as Secretary of State.',
    },
    {
      type: 'OFFICE_OF',
      from: 'President of the United States of America',
      to: 'United States',
      evidence: SENTENCE.held,
    },
    { type: 'OFFICE_OF', from: 'Chairman of the State Affairs Commission', to: 'DPRK', evidence: SENTENCE.held },
    { type: 'OFFICE_OF', from: 'Secretary of State', to: 'United States', evidence: SENTENCE.pompeo },
    {
      type: 'PARTICIPATED_IN',
      from: 'Donald J. Trump',
      to: 'United States-DPRK Singapore Summit',
      evidence: SENTENCE.held,
    },
    {
      type: 'participated_in',
      from: 'Kim Jong Un',
      to: 'United States-DPRK Singapore Summit',
      evidence: SENTENCE.held,
    },
    { type: 'PARTY_TO', from: 'United States', to: 'Joint Statement', evidence: SENTENCE.signed },
    { type: 'PARTY_TO', from: 'DPRK', to: 'Joint Statement', evidence: SENTENCE.signed },
    {
      type: 'REACHED_AT',
      from: 'Joint Statement',
      to: 'United States-DPRK Singapore Summit',
      evidence: SENTENCE.signed,
    },
    { type: 'BASED_ON', from: 'Joint Statement', to: 'Panmunjom Declaration', evidence: SENTENCE.reaffirming },
    // To be dropped: Person -> State is not an allowed HOLDS_OFFICE.
    { type: 'HOLDS_OFFICE', from: 'Mike Pompeo', to: 'United States', evidence: SENTENCE.pompeo },
    // To be dropped: "Moon Jae-in" is not among the entities.
    {
      type: 'PARTICIPATED_IN',
      from: 'Moon Jae-in',
      to: 'United States-DPRK Singapore Summit',
      evidence: SENTENCE.held,
    },
    // To be dropped: the quote is not in the text and no sentence names both ends.
    {
      type: 'DISCUSSED',
      from: 'United States-DPRK Singapore Summit',
      to: 'Panmunjom Declaration',
      evidence: 'The leaders discussed the Panmunjom Declaration at length.',
    },
  ],
};
