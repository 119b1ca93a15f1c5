// Render-nothing controller: redraws when the canvas container changes size (console drawer, side
// panel); sigma itself only listens to window resizes.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

/** Schedules a sigma refresh on every container resize. */
export function ResizeController(): null {
  const sigma = useSigma();
  useEffect(() => {
    const observer = new ResizeObserver(() => sigma.scheduleRefresh());
    observer.observe(sigma.getContainer());
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
