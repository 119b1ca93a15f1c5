// Wire types of the negotiations view and of time (GET /api/negotiations, GET /api/offices/:id/holders).
// Types only; re-exported by graph/types.ts.
import type { NodeLabel } from './schema.ts';
import type { ApiEdge, DocumentSummary } from './types.ts';

/** How a holder stood on a date: attested by the readouts, or presumed (no successor seen yet). */
export type HeldOnDate = 'attested' | 'inferred';

export interface EntityRef {
  id: string;
  name: string;
  entityType: NodeLabel;
}

/** One office a person held, with its first/last seen dates. */
export interface OfficeTenureRow {
  id: string;
  name: string;
  /** The state or organisation the office belongs to. */
  state?: { id: string; name: string };
  firstSeen?: string;
  lastSeen?: string;
  former?: boolean;
  /** Set when the office was held on the party's `at` date. */
  heldOn?: HeldOnDate;
}

/** A person, state, organisation or agreement of the negotiations view. */
export interface NegotiationParty extends EntityRef {
  /** People: the state or organisation whose side they are on (their office's, or whom they negotiate for). */
  side?: { id: string; name: string };
  /** People: every office with its dates; `heldOn` marks those held on `at`. */
  offices: OfficeTenureRow[];
  /** People: the date the offices were read at (asOf, else the latest readout of their links). */
  at?: string;
  /** Agreements: their status and kind. */
  status?: string;
  kind?: string;
}

/** One negotiator with whom they negotiate for, what they negotiate and to whom they report (ids). */
export interface NegotiationChain {
  negotiator: string;
  principals: string[];
  agreements: string[];
  reportsTo: string[];
}

/** GET /api/negotiations. */
export interface NegotiationsResponse {
  asOf?: string;
  /** The agreement, state or person asked for (absent: the whole graph). */
  focus?: EntityRef;
  parties: NegotiationParty[];
  /** NEGOTIATES_FOR, NEGOTIATES and REPORTS_TO facts, with their evidence (documents dated ≤ asOf only). */
  links: ApiEdge[];
  chains: NegotiationChain[];
  /** The readouts that attest the links, oldest first. */
  documents: DocumentSummary[];
}

export interface OfficeHolder {
  person: { id: string; name: string };
  firstSeen?: string;
  lastSeen?: string;
  former?: boolean;
  /** Number of readouts attesting the holding. */
  docs: number;
  heldOn?: HeldOnDate;
}

/** GET /api/offices/:id/holders. */
export interface OfficeHoldersResponse {
  office: { id: string; name: string; state?: { id: string; name: string } };
  /** Every holder, earliest first seen first. */
  holders: OfficeHolder[];
  /** With `date`: that date and the holders holding the office then. */
  date?: string;
  holdersOnDate?: OfficeHolder[];
}
