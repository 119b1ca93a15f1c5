// Incidents as events: "seizure of Ukrainian naval vessels in the Kerch Strait", "failed coup attempt of July 15",
// "Iranian missile strikes of January 8 on bases in Iraq": a head noun with its modifiers and complement.

/** Incidents: "seizure of Ukrainian naval vessels in the Kerch Strait", "failed coup attempt of July 15". */
export const INCIDENT =
  /(?<![\p{L}])(?:\p{Lu}[\p{L}.-]*['’]s[^\S\n]+)?(?:(?:failed|illegal|deadly|terrorist|armed|military|missile|nuclear|full-scale|unprovoked|brutal|\p{Lu}[\p{L}-]*)[^\S\n]+){0,2}(?:seizure|war[^\S\n]+of[^\S\n]+aggression|war|aggression|attack|attacks|strike|strikes|bombing|launch|coup attempt|crisis|conflict|incident|downing|shooting down|crash|withdrawal|poaching|invasion|occupation|detention|situation|(release))\b/gu;
/** Words that end an incident's complement (a new clause or list). */
const COMPLEMENT_STOP = new Set(
  'and or but that which who whose to was were is are has have had will would as while when after before since because including with'.split(
    ' ',
  ),
);

/** The complement after an incident head: "of Ukrainian naval vessels in the Kerch Strait", up to a clause break. */
export function incidentComplement(text: string, at: number): number {
  let end = at;
  const re = /^[^\S\n]+(of|on|in|at|against|from|around|over|near|by)[^\S\n]+/;
  for (let round = 0; round < 3; round++) {
    const m = re.exec(text.slice(end, end + 12));
    if (!m) break;
    let j = end + m[0].length;
    let words = 0;
    let last = end;
    for (;;) {
      const w = /^([\p{L}\d][\p{L}\d.'’-]*)/u.exec(text.slice(j, j + 40));
      // "between Belarus and the European Union": the "and" belongs to "between".
      if (w?.[1] === 'and' && /\bbetween\s+(?:the\s+)?\S+\s*$/.test(text.slice(end, j))) {
        j += 3;
        const sp2 = /^[^\S\n]+(?:the[^\S\n]+)?/.exec(text.slice(j, j + 6));
        if (!sp2) break;
        j += sp2[0].length;
        continue;
      }
      if (
        !w ||
        COMPLEMENT_STOP.has(w[1]!) ||
        words >= 7 ||
        (words > 0 && /^[a-z]+ed$/.test(w[1]!) && !/^(detained|armed|united)$/.test(w[1]!))
      )
        break;
      if (/^(of|on|in|at|around|over|near)$/.test(w[1]!)) break;
      words++;
      j += w[1]!.replace(/\.$/, '').length;
      last = j;
      const sp = /^[^\S\n]+/.exec(text.slice(j, j + 3));
      if (!sp) break;
      j += sp[0].length;
    }
    if (last === end) break;
    end = last;
  }
  return end;
}
