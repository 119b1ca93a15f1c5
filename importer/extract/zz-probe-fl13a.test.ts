import { it } from 'vitest';
import { eventFacts } from './test-facts.ts';
const base = 'Mr. Karl Berg, Minister of Foreign Affairs of Norway, visited Kenya on 4 May 2024 and met Mr. Ivo Petrov, Cabinet Secretary for Foreign Affairs of Kenya. ';
const S = [
 base + 'The two Ministers then held talks on trade.',
 base + 'The two leaders then held talks on trade.',
 base + 'On the sidelines of the visit, Berg held a bilateral meeting with Petrov, in which they discussed water.',
 'Safadi hosted today in Amman a consultative meeting with Mr. Ivo Petrov, Cabinet Secretary for Foreign Affairs of Kenya, and Mr. Karl Berg, Minister of Foreign Affairs of Norway. On the sidelines of the meeting, Safadi held a bilateral meeting with Berg, in which they discussed water.',
 base + 'The Cabinet Secretary welcomed the meeting held in Nairobi on 2 May 2024 between Mr. Berg and Mr. Tom Grey, Secretary of State of the United States.',
 base + 'Petrov recalled his meeting with President Xi Jinping in Beijing on the sidelines of the Third Belt and Road Forum for International Cooperation in October 2023.',
 base + 'The President witnessed the signing of the Agreement on Visa Exemption.',
];
it('probe', () => {
  for (const s of S) { const f = eventFacts(s); console.log(s.slice(base.length-10), '\n', f.names.join(' | '), '\n', [...f.of('PARTICIPATED_IN'), ...f.of('PART_OF')].join('\n ')); }
});
