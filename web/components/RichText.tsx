// Text from the API (messages, hints) with `backticked` parts shown as code, e.g. commands to run.

/** Renders `text`, turning every `…` span into <code>. */
export function RichText({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return <>{parts.map((p, i) => (i % 2 ? <code key={i}>{p}</code> : p))}</>;
}
