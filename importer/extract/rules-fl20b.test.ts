// The fl20b round's tests (issue 6): constructions shown by three first-look samples in new styles (a mediation
// round, a telephone conversation, an organisation's release on its envoy), each rule on made-up sentences with
// negative cases.
import { describe, expect, it, vi } from 'vitest';

import { EVENT_NAMED_ON_STATE, namedOnStateTail } from './rules-fl20b.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { eventFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** The tail namedOnStateTail gives a named gathering `name` that starts `text`. */
function tail(text: string, name: string): string {
  return namedOnStateTail(text, findGazetteerHits(text), name, name.length);
}

describe(EVENT_NAMED_ON_STATE.id, () => {
  it('continues a named gathering with the state it is about and its format', () => {
    expect(tail('Third International Conference on Libya in the Berlin format was held', 'Third International Conference')).toBe(
      ' on Libya in the Berlin format',
    );
    expect(tail('Ministerial Meeting on Yemen opened today', 'Ministerial Meeting')).toBe(' on Yemen');
  });

  it('leaves a weekday, a topic that is no state, a longer name and a demonym alone', () => {
    expect(tail('Security Conference on Saturday, the minister', 'Security Conference')).toBe('');
    expect(tail('Ulaanbaatar Dialogue on Northeast Asian Security', 'Ulaanbaatar Dialogue')).toBe('');
    expect(tail('Donors Conference on Sudan Reconstruction Fund', 'Donors Conference')).toBe('');
    expect(tail('Ministerial Meeting on Syrian refugees', 'Ministerial Meeting')).toBe('');
    expect(tail('Regional Forum on Libya', 'Regional Forum')).toBe('');
  });

  it('names the whole gathering in a readout, not its head alone', () => {
    const f = eventFacts(
      'The 5th International Meeting on Yemen in the Muscat format was held on 3 May. The Saudi delegation was headed by Deputy Minister of Foreign Affairs Waleed Al-Khuraiji.',
    );
    expect(f.names).toContain('5th International Meeting on Yemen in the Muscat format');
    expect(f.names).not.toContain('5th International Meeting');
  });
});
