/**
 * Every action has a key. Outside a text box the keys act on the page; on
 * the canvas (a focusable application region) the arrow keys move the
 * selection and Enter expands it.
 */
export interface KeyActions {
  search(): void;
  expand(): void;
  dismiss(): void;
  focus(): void;
  path(): void;
  fit(): void;
  layout(): void;
  png(): void;
  json(): void;
  csv(): void;
  load(): void;
  copyLink(): void;
  playground(): void;
  next(step: 1 | -1): void;
  help(): void;
}

export const KEYS: { key: string; does: string }[] = [
  { key: '/', does: 'search' },
  { key: '← → ↑ ↓', does: 'select the previous or next entity (on the canvas)' },
  { key: 'Enter or E', does: 'expand the selected entity (its next neighbours)' },
  { key: 'Delete or X', does: 'dismiss the selected entity' },
  { key: 'K', does: 'keep only the selection' },
  { key: 'P', does: 'path: pick its two ends' },
  { key: 'F', does: 'fit the graph to the canvas' },
  { key: 'L', does: 'switch layout (force, hierarchy)' },
  { key: 'S', does: 'export PNG' },
  { key: 'J', does: 'export JSON' },
  { key: 'C', does: 'export the facts as CSV' },
  { key: 'O', does: 'load an exported JSON file' },
  { key: 'U', does: 'copy the link to this view' },
  { key: 'G', does: 'open the query in the playground' },
  { key: '?', does: 'show or hide the keys' },
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function bindKeys(canvas: HTMLElement, actions: KeyActions): void {
  canvas.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key] as
      1 | -1 | undefined;
    if (step) {
      event.preventDefault();
      actions.next(step);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      actions.expand();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const action: Record<string, () => void> = {
      '/': actions.search,
      e: actions.expand,
      Delete: actions.dismiss,
      x: actions.dismiss,
      k: actions.focus,
      p: actions.path,
      f: actions.fit,
      l: actions.layout,
      s: actions.png,
      j: actions.json,
      c: actions.csv,
      o: actions.load,
      u: actions.copyLink,
      g: actions.playground,
      '?': actions.help,
    };
    const run =
      action[event.key.length === 1 ? event.key.toLowerCase() : event.key] ??
      (event.key === '?' ? actions.help : undefined);
    if (!run) return;
    event.preventDefault();
    run();
  });
}
