import { curatedFactLine, type CuratedFactView } from './curated-fact-view';
import { factLine, type FactView } from './fact-view';
import { estimateTokens } from './token-estimate';
import { ToolInputError } from './tool-result';

/**
 * One page of get_facts within its budget: the article's facts, then the
 * curated statements, as many as fit maxFacts and maxTokens.
 */

export type PageItem =
  { layer: 'article'; view: FactView } | { layer: 'curated'; view: CuratedFactView };

export interface BuiltPage<C> {
  content: C;
  text: string;
}

/** A result's cost: the larger of its two channels, each of which the model may read. */
const cost = ({ content, text }: BuiltPage<unknown>) =>
  Math.max(estimateTokens(text), estimateTokens(JSON.stringify(content)));

const itemCost = (item: PageItem) => {
  const line = item.layer === 'article' ? factLine(item.view) : curatedFactLine(item.view);
  return Math.max(estimateTokens(line + '\n'), estimateTokens(JSON.stringify(item.view) + ','));
};

/**
 * As many candidates as fit the budget. Each item's cost is added as it is
 * taken (its line and its JSON), over the fixed part priced at its largest
 * (`build(items, true)`: with a cursor's full length); then the
 * whole is measured once and cut again if it must. The text measured is the
 * one sent. A budget with no room for the next fact is refused, saying how
 * much it needs: an empty page with a cursor to the same place would never
 * end. So is one whose page without facts (nothing left to page, or ids
 * that name nothing, each with its suggestions) is already over it.
 */
export function fitPage<C>(
  candidates: PageItem[],
  maxTokens: number,
  build: (items: PageItem[], atLargest?: boolean) => BuiltPage<C>,
): BuiltPage<C> {
  const page: PageItem[] = [];
  let used = cost(build([], true));
  for (const item of candidates) {
    const price = itemCost(item);
    if (used + price > maxTokens) break;
    used += price;
    page.push(item);
  }
  let result = build(page);
  while (page.length > 0 && cost(result) > maxTokens) {
    page.pop();
    result = build(page);
  }
  if (page.length === 0) {
    // The running sum prices the fixed part at its largest: the page of one may still fit.
    const first = candidates.length === 0 ? result : build(candidates.slice(0, 1));
    const needed = cost(first);
    if (needed <= maxTokens) return first;
    const what = candidates.length === 0 ? 'even a page without facts' : 'the next fact';
    throw new ToolInputError(
      `maxTokens ${maxTokens} leaves no room for ${what}, which needs ${needed}; ask again with maxTokens ${needed} or more.`,
    );
  }
  return result;
}
