// Relation rules of the top27 round (issue 6, bank topics-10): INVOLVES of the state a mission serves in.
import { findGazetteerHits } from './gazetteer.ts';
import { isoOf } from './people-stage.ts';
import type { RelKit } from './rel-kit.ts';

/**
 * involves.mission-state: an event that involves a mission named "… Mission in (the) <State>" ("the drawdown of the
 * African Union Transition Mission in Somalia", "the disengagement of MONUSCO", whose name ends "Mission in the
 * Democratic Republic of the Congo") involves that state too: the state is where the mission acts (GUIDE: plainly
 * implied affected party). Only "in": a mission "to" a state ("the Special Monitoring Mission to Ukraine") is no
 * reading of where an event of it happens (the dev gold gives the disengagement it monitors no Ukraine).
 */
export const MISSION_STATE = {
  id: 'involves.mission-state',
  name: /\bMission\s+in\s+(?:the\s+)?([\p{Lu}][\p{L}'’ -]+)$/u,
};

/** The state a mission's name ends with ("… Mission in Somalia" → Somalia), if the gazetteer knows it. */
export function missionState(name: string): string | undefined {
  const m = MISSION_STATE.name.exec(name);
  if (!m) return undefined;
  const hit = findGazetteerHits(m[1]!).find((h) => h.type === 'State' && h.start === 0 && h.end === m[1]!.length);
  return hit?.name;
}

/** involves.mission-state: relates each event that involves a mission in a state to that state. */
export function involvesMissionState(k: RelKit): void {
  const { ctx } = k;
  const involves = ctx.relations.filter((r) => r.type === 'INVOLVES');
  if (!involves.length) return;
  for (const r of involves) {
    const org = ctx.entity(r.to);
    if (org?.type !== 'Organization' || !org.name.includes('Mission')) continue;
    const forms = [org.name, ...ctx.named('Organization', org.name).map((c) => c.surface)];
    const st = forms.map(missionState).find(Boolean);
    if (!st) continue;
    const key = k.stateKey(st) ?? ctx.add('State', st, undefined, 'state.mission-inferred', isoOf(st), false);
    ctx.relate('INVOLVES', r.from, key, r.sentence, MISSION_STATE.id);
  }
}
