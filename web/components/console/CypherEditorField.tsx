// Neo4j's Cypher editor (highlighting, completion). Loaded with import() so it is its own chunk.
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { useRef } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Labels, relationship types and property keys offered by completion. */
  schema?: { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] };
}

/** The editor field of the console. */
export default function CypherEditorField({ value, onChange, schema }: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  // CodeMirror's editable region has no name of its own: give it one for screen readers.
  const name = () => wrap.current?.querySelector('.cm-content')?.setAttribute('aria-label', 'Cypher query');
  return (
    <div ref={wrap} className="cypher-editor-wrap">
      <CypherEditor
        onEditorCreated={name}
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
