// The console's ready-made queries, served by GET /api/templates (their Cypher lives in graph/):
// the templates of the menu, the query the editor opens with, and the neighbourhood query of an entity.
import { fetchTemplates } from '../api/client.ts';
import type { TemplatesResponse } from '../../graph/types.ts';
import { consoleStore, setQuery } from './console-store.ts';
import { createStore, useStore } from './store.ts';

export type QueryTemplate = TemplatesResponse['templates'][number];

/** The id of the template behind "open in console" (parameter `$id`). */
export const NEIGHBOURHOOD_TEMPLATE = 'around-entity';

export const templatesStore = createStore<TemplatesResponse>({ templates: [], defaultQuery: '' });

export const useTemplates = (): QueryTemplate[] => useStore(templatesStore, (s) => s.templates);

/** The neighbourhood query, once the templates are loaded. */
export const neighbourhoodQuery = (): string =>
  templatesStore.get().templates.find((t) => t.id === NEIGHBOURHOOD_TEMPLATE)?.query ?? '';

let loading: Promise<void> | undefined;

/** Loads the templates once; an empty editor gets the default query. Failures leave the menu empty. */
export function loadTemplates(): Promise<void> {
  loading ??= fetchTemplates()
    .then((t) => {
      templatesStore.set(t);
      if (!consoleStore.get().query.trim()) setQuery(t.defaultQuery);
    })
    .catch(() => {
      loading = undefined;
    });
  return loading;
}
