import type { ExplorerSearchQuery } from '../../generated/operations';
import { ask } from './api';
import { el } from './dom';
import { KIND_STYLES } from './kind-style';
import { SEARCH } from './operations';

/**
 * A search box backed by the API's `search` (misspellings and lay words
 * welcome), as an ARIA combobox: type, move through the hits with the arrow
 * keys, choose with Enter (or a click); Escape closes the list.
 */

export type SearchHit = ExplorerSearchQuery['search'][number];

const DEBOUNCE_MS = 150;
const HITS = 8;

export class EntityPicker {
  private hits: SearchHit[] = [];
  private active = -1;
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onChoose: (hit: SearchHit) => void,
    private readonly onError: (error: unknown) => void,
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    list.setAttribute('role', 'listbox');
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.search(), DEBOUNCE_MS);
    });
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 200));
  }

  /** Searches now (a pending debounced search included). */
  async search(): Promise<void> {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    const sequence = ++this.sequence;
    if (text.length < 2) return this.render([]);
    try {
      const data = await ask<ExplorerSearchQuery, { text: string; first: number }>(SEARCH, {
        text: text.slice(0, 200),
        first: HITS,
      });
      if (sequence === this.sequence) this.render(data.search);
    } catch (error) {
      if (sequence === this.sequence) this.render([]);
      this.onError(error);
    }
  }

  private render(hits: SearchHit[]): void {
    this.hits = hits;
    this.active = hits.length > 0 ? 0 : -1;
    this.list.replaceChildren(
      ...hits.map((hit, i) => {
        const option = el(
          'li',
          { role: 'option', id: `${this.list.id}-${i}`, 'data-id': hit.entity.id },
          hit.entity.name,
          el('span', { class: 'hit-kind' }, ` ${KIND_STYLES[hit.entity.kind].label}`),
        );
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.choose(i);
        });
        return option;
      }),
    );
    if (this.hits.length === 0 && this.input.value.trim().length >= 2)
      this.list.replaceChildren(
        el(
          'li',
          { class: 'no-hits', role: 'option', 'aria-disabled': 'true' },
          'Nothing in the graph matches.',
        ),
      );
    this.input.setAttribute('aria-expanded', String(this.list.children.length > 0));
    this.highlight();
  }

  private highlight(): void {
    [...this.list.children].forEach((child, i) =>
      child.setAttribute('aria-selected', String(i === this.active)),
    );
    if (this.active >= 0)
      this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.highlight();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.hits.length > 0) this.choose(Math.max(0, this.active));
      else void this.search();
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.value = hit.entity.name;
    this.close();
    this.onChoose(hit);
  }

  close(): void {
    this.hits = [];
    this.active = -1;
    this.list.replaceChildren();
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
