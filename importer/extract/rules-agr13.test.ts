// Unit tests of the agr13 agreement rules on made-up sentences about real states (no passage of the agreements bank).
import { describe, expect, it } from 'vitest';

import { AGR13_PATTERNS } from './rules-agr13.ts';
import { asFact, madeUpRelations } from './test-facts.ts';

const facts = (text: string) => {
  const { out, rels, byRule } = madeUpRelations(text);
  const agreements = out.entities.filter((e) => e.type === 'Agreement').map((e) => e.name);
  const facts = rels.map(asFact);
  const of = (type: string) => facts.filter((r) => r.startsWith(`${type}|`));
  return { agreements, rels: new Set(facts), of, byRule };
};

describe('agreement.lowercase-complement: a bare title named by its lowercase complement', () => {
  it('names "a Memorandum of Understanding on …" by what it is on', () => {
    const f = facts(
      'Chile and Peru signed a Memorandum of Understanding on the protection of migratory birds in Lima.',
    );
    expect(f.agreements).toContain('Memorandum of Understanding on the protection of migratory birds');
  });
  it('leaves a capitalised title as it is', () => {
    const f = facts('In Lima, Chile and Peru signed the Memorandum of Understanding on Migratory Birds.');
    expect(f.agreements).toContain('Memorandum of Understanding on Migratory Birds');
  });
  it('extends no title that already has words before its head', () => {
    const f = facts('Chile and Peru signed the Lima Declaration on the protection of migratory birds.');
    expect(f.agreements).not.toContain('Lima Declaration on the protection of migratory birds');
  });
});

describe('agreement.shifted-object: "signed in City on Day an agreement on …"', () => {
  it('finds the agreement after an adverbial of place and time', () => {
    const f = facts(
      'The two foreign ministers signed in Santiago on Monday an agreement on the mutual recognition of academic degrees.',
    );
    expect(f.agreements).toContain('agreement on the mutual recognition of academic degrees');
  });
  it('finds nothing when the object is a clause ("signed in Lima that an agreement …")', () => {
    expect(AGR13_PATTERNS.notAdverbial.test('in Lima that the ')).toBe(true);
    const f = facts('The ministers noted in Lima on Monday that an agreement on fisheries is not yet in sight.');
    expect(f.agreements).not.toContain('agreement on fisheries');
  });
});

describe('agreement.council-resolution: "Security Council resolution 2417"', () => {
  it('names a resolution written in lowercase', () => {
    const f = facts(
      'Norway called for full respect of Security Council resolution 2417 (2018) on conflict and hunger.',
    );
    expect(f.agreements).toContain('Security Council resolution 2417');
  });
  it('takes no "resolution" without the Council or a number', () => {
    const f = facts('The Council adopted a resolution on the situation in the Sahel.');
    expect(f.agreements.some((a) => /resolution/i.test(a))).toBe(false);
  });
});

describe('agreement.between-on and party-to.between-list: "the agreement between A, B and C on …"', () => {
  it('names the agreement and gives every state of the list', () => {
    const f = facts(
      'The ministers called for an early conclusion of the agreement between Bolivia, Chile and Peru on the use of the waters of the Silala.',
    );
    const name = f.agreements.find((a) => a.startsWith('agreement between Bolivia'));
    expect(name).toBeDefined();
    for (const s of ['Bolivia', 'Chile', 'Peru']) expect(f.rels).toContain(`PARTY_TO|${s}|${name}`);
  });
  it('needs "on" and a subject after the list', () => {
    const f = facts('The agreement between Bolivia and Chile was welcomed.');
    expect(f.agreements.some((a) => a.startsWith('agreement between Bolivia'))).toBe(false);
  });
});

describe('party-to.subject-of-verb: the subject of signing, ratifying, extending, withdrawing', () => {
  it('gives the states of "teams of A and B initialled the text of X"', () => {
    const f = facts('Negotiating teams of Chile and Peru initialled the text of the Border Trade Agreement in Arica.');
    expect(f.of('PARTY_TO')).toEqual(
      expect.arrayContaining(['PARTY_TO|Chile|Border Trade Agreement', 'PARTY_TO|Peru|Border Trade Agreement']),
    );
  });
  it('gives a state withdrawing from a treaty and its partner "with"', () => {
    const f = facts(
      'The minister said that Chile is suspending its participation in the Fisheries Treaty with Argentina.',
    );
    expect(f.of('PARTY_TO')).toEqual(
      expect.arrayContaining(['PARTY_TO|Chile|Fisheries Treaty', 'PARTY_TO|Argentina|Fisheries Treaty']),
    );
  });
  it('gives the state of "the Chilean parliament ratified X"', () => {
    const f = facts('On Tuesday, the Chilean parliament ratified the Border Trade Agreement by a large majority.');
    expect(f.rels).toContain('PARTY_TO|Chile|Border Trade Agreement');
  });
  it('gives no state of a subject that also holds another noun ("exporters of Chile")', () => {
    const f = facts('Wine exporters of Chile and Peru signed the Border Trade Agreement.');
    expect(f.byRule('party-to.subject-of-verb')).toEqual([]);
    const g = facts('On Tuesday, the Chilean parliament ratified the Border Trade Agreement by a large majority.');
    expect(g.byRule('party-to.subject-of-verb')).toContain('PARTY_TO|Chile|Border Trade Agreement');
  });
  it('gives no state that only welcomed the agreement', () => {
    const f = facts('Argentina and Brazil welcomed the Border Trade Agreement between Chile and Peru.');
    expect(f.rels).not.toContain('PARTY_TO|Argentina|Border Trade Agreement between Chile and Peru');
    expect(f.byRule('party-to.subject-of-verb')).toEqual([]);
  });
});

describe('party-to.subject-of-verb in a relative clause: "X, which A and B will implement"', () => {
  it('gives the subject of the relative clause', () => {
    const f = facts(
      'The delegations agreed on the Fisheries Arrangement for the southern zone, which Chile and Argentina will implement from June.',
    );
    const name = f.agreements.find((a) => a.startsWith('Fisheries Arrangement'))!;
    expect(f.rels).toContain(`PARTY_TO|Chile|${name}`);
    expect(f.rels).toContain(`PARTY_TO|Argentina|${name}`);
  });
});

describe('party-to.negotiations-between: "negotiations between A and B on a X"', () => {
  it('gives both states of the negotiations', () => {
    const f = facts('The ministers reviewed the negotiations between Chile and Bolivia on a maritime treaty.');
    expect(f.of('PARTY_TO')).toEqual(
      expect.arrayContaining(['PARTY_TO|Chile|maritime treaty', 'PARTY_TO|Bolivia|maritime treaty']),
    );
  });
  it('gives nothing when a word other than a list link stands between the states', () => {
    const f = facts('The negotiations between Chile and experts from Bolivia on a maritime treaty resumed.');
    expect(f.byRule('party-to.negotiations-between')).toEqual([]);
  });
});

describe('party-to.from-built: a base with no parties of its own', () => {
  it('gives the base the parties of the agreement built on it', () => {
    const f = facts(
      'Chile and Peru signed the Border Trade Agreement, building on the Declaration of Principles adopted in March.',
    );
    expect(f.rels).toContain('BASED_ON|Border Trade Agreement|Declaration of Principles');
    expect(f.rels).toContain('PARTY_TO|Chile|Declaration of Principles');
    expect(f.rels).toContain('PARTY_TO|Peru|Declaration of Principles');
  });
  it('gives no parties to a resolution the agreement rests on', () => {
    const f = facts('Chile and Peru signed the Border Trade Agreement in line with Security Council resolution 2417.');
    expect(f.of('PARTY_TO').filter((r) => r.endsWith('resolution 2417') && !r.includes('Security Council|'))).toEqual(
      [],
    );
  });
});

describe('based-on.pronoun-subject: a clause whose subject refers back', () => {
  it('gives "It will be implemented in line with X" to the agreement of the sentence before', () => {
    const f = facts(
      'Chile and Peru signed the Border Trade Agreement in Lima. It will be implemented in line with the Andean Trade Protocol.',
    );
    expect(f.rels).toContain('BASED_ON|Border Trade Agreement|Andean Trade Protocol');
  });
  it('gives "that the agreement should rest on the basis of X" to an agreement of that noun two sentences back', () => {
    const f = facts(
      'The ministers discussed the Border Trade Agreement. They met the press. The minister said that the agreement should be concluded on the basis of the Andean Trade Protocol.',
    );
    expect(f.rels).toContain('BASED_ON|Border Trade Agreement|Andean Trade Protocol');
  });
  it('gives nothing when what rests on the basis is no agreement', () => {
    const f = facts(
      'Chile and Peru signed the Border Trade Agreement in Lima. Relations will develop on the basis of the Andean Trade Protocol.',
    );
    expect(f.of('BASED_ON')).toEqual([]);
  });
});

describe('agreement.listed-title: a head-first title opening a list line', () => {
  it('names each listed title and gives the states between which it is', () => {
    const f = facts(
      'The following documents were signed:\n\n- Agreement between the Republic of Chile and the Republic of Peru on the Delimitation of the Maritime Boundary.\n- Protocol between the Republic of Chile and the Republic of Peru on Consular Cooperation.',
    );
    const name =
      'Agreement between the Republic of Chile and the Republic of Peru on the Delimitation of the Maritime Boundary';
    expect(f.agreements).toContain(name);
    expect(f.rels).toContain(`PARTY_TO|Chile|${name}`);
    expect(f.rels).toContain(`PARTY_TO|Peru|${name}`);
  });
  it('reads no line that opens with a head used as a common noun', () => {
    const f = facts('- Agreement was reached on most points of the agenda.');
    expect(f.agreements).toEqual([]);
  });
});

describe('agreement.head-first-lowercase: "the Agreement on the path to … between A and B"', () => {
  it('names the title through its lowercase subject and its "between" pair', () => {
    const f = facts('The two presidents agreed on the Agreement on the path to normalisation between Chile and Peru.');
    expect(f.agreements).toContain('Agreement on the path to normalisation between Chile and Peru');
  });
  it('names nothing from a lowercase "agreement on"', () => {
    const f = facts('There was agreement on the need for more dialogue between Chile and Peru.');
    expect(f.agreements.some((a) => a.startsWith('Agreement on the need'))).toBe(false);
  });
});

describe('agreement.annex: "the Implementation Annex to the X"', () => {
  it('names the annex and bases it on the title it is attached to', () => {
    const f = facts('The two ministers agreed on the Implementation Annex to the Border Trade Agreement.');
    expect(f.agreements).toContain('Implementation Annex');
    expect(f.rels).toContain('BASED_ON|Implementation Annex|Border Trade Agreement');
  });
  it('names no annex of a building or a document without a title after it', () => {
    const f = facts('The ministers met in the East Annex of the Palace. The Technical Annex is still being drafted.');
    expect(f.agreements.filter((a) => /Annex/.test(a))).toEqual([]);
  });
});

describe('party-to.not-venue-name: a state that names the agreement alone is its place', () => {
  it('gives no PARTY_TO to the state in "the Peru Agreement" signed by others', () => {
    const f = facts('In Lima, the Government of Chile and the Government of Bolivia signed the Peru Agreement.');
    expect(f.rels).not.toContain('PARTY_TO|Peru|Peru Agreement');
  });
  it('keeps the states of a pair ("the Chile-Peru Agreement")', () => {
    const f = facts('The two ministers welcomed the Chile-Peru Agreement.');
    expect(f.rels).toContain('PARTY_TO|Chile|Chile-Peru Agreement');
    expect(f.rels).toContain('PARTY_TO|Peru|Chile-Peru Agreement');
  });
  it('reads the pattern on names only', () => {
    expect(AGR13_PATTERNS.venueName.exec('the Mexico Agreement')?.[1]).toBe('Mexico');
    expect(AGR13_PATTERNS.venueName.exec('Canada-United States-Mexico Agreement')).toBeNull();
  });
});

describe('party-to.subject-of-verb with a partner before the agreement: "proposed to B a X"', () => {
  it('gives the proposer and the state it was proposed to', () => {
    const f = facts('Chile has proposed to Bolivia a bilateral agreement on the use of the waters of the Silala.');
    const name = f.agreements.find((a) => /agreement on the use of the waters/.test(a))!;
    expect(name).toBeDefined();
    expect(f.rels).toContain(`PARTY_TO|Chile|${name}`);
    expect(f.rels).toContain(`PARTY_TO|Bolivia|${name}`);
  });
  it('gives no state named as the place of the signing ("signed in Peru an agreement")', () => {
    const f = facts('The two trade unions signed in Peru an agreement on wages.');
    expect(f.byRule('party-to.subject-of-verb')).toEqual([]);
  });
});

describe("party-to.not-acted-under: an agreement only acted under is none of the sides'", () => {
  const met = 'President Ana Ruiz of Chile met President Luis Mora of Peru in Lima. ';
  it('gives the sides no PARTY_TO for "climate action under the X"', () => {
    const f = facts(`${met}The presidents discussed climate action under the Andean Climate Agreement.`);
    expect(f.agreements).toContain('Andean Climate Agreement');
    expect(f.of('PARTY_TO').filter((r) => r.endsWith('|Andean Climate Agreement'))).toEqual([]);
  });
  it('keeps the sides of "binding commitments by both parties under the X"', () => {
    const f = facts(
      `${met}The presidents welcomed binding commitments by both parties under the Andean Climate Agreement.`,
    );
    expect(f.of('PARTY_TO').filter((r) => r.endsWith('|Andean Climate Agreement')).length).toBeGreaterThan(0);
  });
});

describe('party-to.negotiations-between with "with" and a clause opened by "where"', () => {
  it('gives the partner of "negotiations with B on a X"', () => {
    const f = facts('The Commission will open negotiations with Chile on a fisheries partnership agreement.');
    const name = f.agreements.find((a) => /fisheries partnership agreement/.test(a))!;
    expect(f.rels).toContain(`PARTY_TO|Chile|${name}`);
  });
  it('gives the subject of a clause opened by "where"', () => {
    const f = facts(
      'Ministers met in Lima, where Chile signed the protocol of accession to the Andean Trade Agreement.',
    );
    expect(f.rels).toContain('PARTY_TO|Chile|protocol of accession');
  });
});
