// Type-ahead search over names and aliases (/api/search): a badge per hit; Enter or click selects
// the entity and centres the camera on it; `/` focuses the box and Esc clears it.
import { useEffect, useRef, useState } from 'react';
import { searchEntities } from '../api/client.ts';
import type { SearchHit } from '../../graph/types.ts';
import { focusEntity } from '../state/actions.ts';
import { isTextEntry } from '../state/keys.ts';
import { rankHits } from '../state/search-rank.ts';
import { toastError } from '../state/toast-store.ts';
import { TypeBadge } from './TypeBadge.tsx';

const DEBOUNCE_MS = 150;

/** The alias that matched `q`, when the hit was found by an alias rather than by its name. */
function matchedAlias(hit: SearchHit, q: string): string | undefined {
  const needle = q.trim().toLowerCase();
  if (!needle || hit.name.toLowerCase().includes(needle)) return undefined;
  return hit.aliases.find((a) => a.toLowerCase().includes(needle));
}

/** The search box of the top bar. */
export function SearchBox() {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The text put in the box by choosing a hit: not a new query.
  const chosen = useRef<string | undefined>(undefined);
  // Enter pressed before the hits arrived: choose the first one when they do.
  const pendingEnter = useRef(false);
  // The query the current hits answer (they may lag behind what is typed).
  const hitsFor = useRef('');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTextEntry(document.activeElement as HTMLInputElement | null)) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const term = q.trim();
    if (!term || q === chosen.current) {
      setHits([]);
      return;
    }
    let stale = false;
    const t = setTimeout(() => {
      searchEntities(term, 10).then(
        (h) => {
          if (stale) return;
          const ranked = rankHits(h, term);
          hitsFor.current = term;
          setHits(ranked);
          setActive(0);
          setOpen(true);
          if (pendingEnter.current) {
            pendingEnter.current = false;
            choose(ranked[0]);
          }
        },
        (err: unknown) => !stale && toastError('Search failed', err),
      );
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(t);
    };
  }, [q]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    chosen.current = hit.name;
    setQ(hit.name);
    input.current?.blur();
    void focusEntity(hit.id);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') pendingEnter.current = false;
    if (e.key === 'Escape') {
      setQ('');
      setHits([]);
      setOpen(false);
      input.current?.blur();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      if (q.trim() && hitsFor.current === q.trim()) choose(hits[active]);
      else if (q.trim() && q !== chosen.current) pendingEnter.current = true;
    }
  };

  return (
    <div className="search" role="combobox" aria-expanded={open && hits.length > 0} aria-haspopup="listbox">
      <span className="search-icon" aria-hidden>
        ⌕
      </span>
      <input
        ref={input}
        data-testid="search-input"
        type="search"
        placeholder="Search people, offices, states, events, agreements…"
        aria-label="Search entities by name or alias"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onFocus={() => hits.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-kbd">/</kbd>
      {open && q.trim() && hits.length === 0 && (
        <div className="search-results search-empty" data-testid="search-results" role="status">
          No entity matches “{q.trim()}”
        </div>
      )}
      {open && q.trim() && hits.length > 0 && (
        <ul className="search-results" data-testid="search-results" role="listbox" aria-label="Matching entities">
          {hits.map((h, i) => {
            const alias = matchedAlias(h, q);
            return (
              <li
                key={h.id}
                role="option"
                aria-selected={i === active}
                data-testid="search-hit"
                className={i === active ? 'active' : ''}
                onMouseEnter={() => setActive(i)}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(h);
                }}
              >
                <TypeBadge type={h.entityType} />
                <span className="hit-name">{h.name}</span>
                {alias && <span className="hit-alias">also “{alias}”</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
