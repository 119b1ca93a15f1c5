// Neo4j's Cypher editor (highlighting, completion). Loaded with import() so it is its own chunk.
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { useEffect, useRef } from 'react';

const NAME = 'Cypher query';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Labels, relationship types and property keys offered by completion. */
  schema?: { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] };
}

/** The editor field of the console. */
export default function CypherEditorField({ value, onChange, schema }: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  // CodeMirror's editable region has no name of its own: give it one for screen readers, as soon as
  // the editor draws it (and again should it be redrawn).
  useEffect(() => {
    const root = wrap.current;
    if (!root) return;
    const name = () => {
      const content = root.querySelector('.cm-content');
      if (content && content.getAttribute('aria-label') !== NAME) content.setAttribute('aria-label', NAME);
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={wrap} className="cypher-editor-wrap">
      <CypherEditor
        className="cypher-editor"
        value={value}
        onValueChanged={(v: string) => onChange(v)}
        lineNumbers
        lineWrapping
        autocomplete
        schema={schema}
        placeholder="Write a read-only Cypher query; Ctrl+Enter runs it"
        theme="light"
      />
    </div>
  );
}
