import { byId } from './dom';
import type { Explorer } from './explorer';
import { download, factsCsv, graphJson } from './exports';
import { EXPANSION_CAP } from './loaded-graph';
import { say } from './page-status';
import { playgroundUrl } from './playground-link';

/** The toolbar's ways to take the graph away: PNG, JSON, CSV, the link, the playground. */
export function shareActions(explorer: Explorer) {
  const { view } = explorer;
  return {
    png: () =>
      download(
        view.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }),
        'myoclonus-graph.png',
      ),
    json: () => {
      const entities = view.entityIds().map((id) => ({
        ...explorer.entities.get(id)!,
        position: { ...view.cy.getElementById(id).position() },
      }));
      const facts = view.factIds().flatMap((id) => explorer.facts.get(id) ?? []);
      download(
        new Blob([graphJson(explorer.state, entities, facts)], { type: 'application/json' }),
        'myoclonus-graph.json',
      );
    },
    csv: () =>
      download(
        new Blob([factsCsv(explorer.visibleFacts())], { type: 'text/csv' }),
        'myoclonus-facts.csv',
      ),
    copyLink: () => {
      const url = location.href;
      navigator.clipboard?.writeText(url).then(
        () => say('Link copied.'),
        () => {
          byId<HTMLInputElement>('link-text').value = url;
          byId<HTMLInputElement>('link-text').select();
          say('The link is selected: copy it with Ctrl+C.');
        },
      );
    },
    playground: () => {
      const url = playgroundUrl({
        entities: view.entityIds(),
        expanded: explorer.state.expanded,
        curated: Object.keys(explorer.state.expanded).filter((id) => explorer.hasCurated(id)),
        path: explorer.state.path,
        pageSize: EXPANSION_CAP,
      });
      window.open(url, '_blank', 'noopener');
    },
  };
}
