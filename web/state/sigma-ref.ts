// The live sigma renderer, registered by GraphView, for the few actions outside the canvas that
// need it (PNG export, test hook). Null while no canvas is mounted.
import type Sigma from 'sigma';

let current: Sigma | null = null;

export const setSigma = (s: Sigma | null): void => void (current = s);
/** The mounted renderer, or null. */
export const getSigma = (): Sigma | null => current;
