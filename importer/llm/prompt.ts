// The messages sent to the model: a system prompt stating the ontology (labels, relation types with their
// endpoints, canonical-name conventions of shared/eval/GUIDE.md in brief) and the JSON shape; one user message
// per chunk of the document; a repair message when a reply is not valid.
import { ENTITY_LABELS, RELATION_ENDPOINTS } from '../../graph/schema.ts';
import type { ChatMessage } from './client.ts';

const RELATION_MEANINGS: Record<keyof typeof RELATION_ENDPOINTS, string> = {
  HOLDS_OFFICE: 'the person holds (or held) the office',
  OFFICE_OF: 'the office belongs to that state or organization',
  PARTICIPATED_IN: 'the person held, attended or took part in the event',
  PART_OF: 'the event was held on the margins / occasion of, or is a session of, the other event',
  NEGOTIATES: 'the person leads, handles or is responsible for negotiations on the agreement',
  NEGOTIATES_FOR: 'the person negotiates, acts as envoy or signs on behalf of that person, state or organization',
  REPORTS_TO: 'works under the leadership/direction/authority of, or is an adviser or aide to, that person',
  PARTY_TO: 'the state or organization is a party to the agreement (signed or under negotiation)',
  BASED_ON: 'the agreement is based on, builds on or implements the other agreement',
  REACHED_AT: 'the agreement was reached, signed or adopted at that event',
  DISCUSSED: 'the meeting dealt with that agreement, event, state or organization',
  INVOLVES: 'a state or organization is a party to the event or incident (other than its participants)',
};

function relationLines(): string {
  return Object.entries(RELATION_ENDPOINTS)
    .map(([type, ends]) => {
      const meaning = RELATION_MEANINGS[type as keyof typeof RELATION_ENDPOINTS];
      return `- ${type}: ${ends.from.join(' or ')} -> ${ends.to.join(' or ')}; ${meaning}`;
    })
    .join('\n');
}

/** The system prompt: the ontology, the naming conventions and the reply shape. */
export function systemPrompt(): string {
  return `You extract a knowledge graph from diplomatic readouts (official accounts of meetings, calls, visits).
Reply with one JSON object and nothing else, in exactly this shape:
{"entities": [{"type": "Person", "name": "Shinzo Abe", "aliases": ["Prime Minister Abe", "Mr. Shinzo Abe", "Abe"]}],
 "relations": [{"type": "HOLDS_OFFICE", "from": "Shinzo Abe", "to": "Prime Minister of Japan",
   "evidence": "the sentence of the text that states the relation, copied verbatim"}]}

Entity types (use exactly these): ${ENTITY_LABELS.join(', ')}.
- Person: a named human being. Office: a position a person holds. State: a sovereign state.
- Organization: an international organisation, bloc or body that acts (G20, United Nations, European Union).
- Event: a meeting, summit, call, visit, conference, negotiation round or incident; optional "kind" (summit,
  meeting, call, visit, conference, incident, other), "date" (ISO 8601), "place", "status" (held or planned).
- Agreement: a treaty, declaration, agreement, memorandum, joint statement or framework; optional "year",
  "status" (proposed, under negotiation, concluded).

Relation types, with the only allowed entity types at each end:
${relationLines()}

Canonical names ("name"):
- Person: full name in usual English order without honorifics (Mr., Ms., H.E., Dr., Sir): "KISHIDA Fumio" and
  "Prime Minister Kishida Fumio" become "Fumio Kishida"; Chinese, Korean and Vietnamese names keep family name
  first ("Xi Jinping", "Yoon Suk Yeol"). A person named only by a title ("the President of the Republic") is that
  person if the text makes clear who it is.
- Office: the title completed with the state it belongs to: "Minister for Foreign Affairs of Japan",
  "President of Russia". Give every Office an OFFICE_OF relation and every titled Person a HOLDS_OFFICE relation.
- State: the common English short name ("Russia", "United States", "South Korea"). "The Japanese side" is an
  alias of Japan, not an entity of its own. "The two leaders" are the two named persons, never a new entity.
- Event and Agreement: the name as the text gives it.
- "aliases": every other form the text uses for the entity, copied exactly as written.

Rules:
- Record only what the text states or plainly implies. Every relation's "from" and "to" must be the "name" of an
  entity in your "entities" list, and the types at both ends must be allowed for that relation type.
- "evidence" is one sentence copied verbatim from the text, character for character.
- Planned meetings are Events (status "planned") linked by DISCUSSED, with no PARTICIPATED_IN.`;
}

/** The user message for one chunk of a document. */
export function chunkMessage(
  meta: { title: string; date?: string },
  chunk: string,
  part: number,
  parts: number,
): string {
  const head = [
    `Document title: ${meta.title}`,
    meta.date ? `Document date: ${meta.date}` : '',
    parts > 1 ? `Part ${part} of ${parts} of the text.` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return `${head}\nExtract the entities and relations of this text as the JSON object described.\n\nTEXT:\n${chunk}`;
}

/** The conversation for one chunk. */
export function chunkMessages(
  meta: { title: string; date?: string },
  chunk: string,
  part = 1,
  parts = 1,
): ChatMessage[] {
  return [
    { role: 'system', content: systemPrompt() },
    { role: 'user', content: chunkMessage(meta, chunk, part, parts) },
  ];
}

/** The follow-up after an invalid reply: the reply itself and what was wrong with it. */
export function repairMessages(badReply: string, problem: string): ChatMessage[] {
  return [
    { role: 'assistant', content: badReply },
    {
      role: 'user',
      content: `Your reply could not be used: ${problem}\nReply again with only the corrected JSON object, in the shape described, and nothing else.`,
    },
  ];
}
