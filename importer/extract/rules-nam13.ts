// Short names of persons inside event names ("Abe-Putin summit"): naming conventions the name itself shows, used
// when the readout gives no one-word later reference for the person (rule person.short-name-convention).

/** Arabic patronymic particles: "Mohammed bin Salman", "Reem bint Ebrahim", "Abdullah ibn Hussein". */
export const PATRONYMIC_PARTICLE = /^(?:bin|bint|ibn|ben)$/;
/** An Arabic family or tribal name element: "Al-Sabah", "Al Saud" (the particle then a capitalised word), "Al-Ahmad". */
export const ARABIC_FAMILY_ELEMENT = /^(?:Al|El|Āl)(?:-[A-Z]|$)/;
/** A Korean given name romanised with a hyphen and a lowercase second syllable: "Geun-hye", "Jae-in", "Ki-moon". */
export const HYPHENED_GIVEN_NAME = /^[A-Z][a-z]{1,5}-[a-z]{1,5}$/;

/**
 * Rule person.short-name-convention: the short form a name's own shape calls for, or undefined when it shows none.
 * - "Mohammed bin Salman Al Saud", "Abdulaziz bin Salman bin Abdulaziz Al Saud": the given name and the father's
 *   ("Mohammed bin Salman"), the way the person is referred to;
 * - "Sabah Al-Ahmad Al-Jaber Al-Sabah", "Ahmad Nasser Al-Mohammad Al-Sabah": a Gulf chain of names ending in a
 *   family element, with two such elements at least: its first two words (one alone is the family name: "Abdel
 *   Fattah El-Sisi" is El-Sisi);
 * - "Park Geun-hye", "Ban Ki-moon": two words, the second a hyphened given name: the first is the family name.
 * `toks` are the name's words in the canonical order (a generational suffix already dropped).
 */
export function conventionalShortName(toks: readonly string[]): string | undefined {
  if (toks.length >= 3 && PATRONYMIC_PARTICLE.test(toks[1]!) && /^[A-Z]/.test(toks[2]!))
    return toks.slice(0, 3).join(' ');
  const last = toks[toks.length - 1]!;
  // Two family elements at least, the chain ending in one: a single one is the family name ("Abdel Fattah El-Sisi").
  const elements = toks.slice(1).filter((t) => ARABIC_FAMILY_ELEMENT.test(t)).length;
  const endsInElement = ARABIC_FAMILY_ELEMENT.test(last) || /^Al$/.test(toks[toks.length - 2] ?? '');
  if (elements >= 2 && endsInElement && /^[A-Z]/.test(toks[0]!) && !ARABIC_FAMILY_ELEMENT.test(toks[0]!))
    return toks.slice(0, 2).join(' ');
  if (toks.length === 2 && HYPHENED_GIVEN_NAME.test(last) && !/-/.test(toks[0]!)) return toks[0];
  return undefined;
}
