import { curatedFactLine } from '../curated-fact-view';
import { curatedSummaryLines } from '../curated-summary';
import { suggestionsText } from '../entity-lookup';
import { factLine } from '../fact-view';
import type { GetFactsOutput } from '../tool-outputs';

/** get_facts' text channel: everything its structured content holds, for a model to read. */
export function renderGetFacts(content: GetFactsOutput): string {
  const count = content.facts.length;
  const range = count === 0 ? 'none' : `${content.from} to ${content.from + count - 1}`;
  const entityLines = content.entities.map((e) => {
    if (e.status === 'not_found')
      return `- ${e.id}: not_found; ${suggestionsText(e.suggestions ?? [])}`;
    const entity = e.entity!;
    const retired = e.retired
      ? `; ${e.id} was retired in ${e.retired.since} and replaced by ${entity.id}: ${e.retired.reason}`
      : '';
    return `- ${e.id}: ${e.status}, ${entity.id} "${entity.name}" (${entity.kind}), ${e.factCount} facts, ${e.curatedFactCount} curated statements${retired}`;
  });
  return [
    `get_facts: facts ${range} of ${content.totalFacts}; truncated: ${content.truncated}; nextCursor: ${content.nextCursor ?? 'none'}`,
    'Entities:',
    ...entityLines,
    'Facts (quote the sentence and give its citation):',
    ...(count === 0 ? ['- none'] : content.facts.map(factLine)),
    ...(content.curated ? curatedSummaryLines(content.curated) : []),
    ...content.curatedFacts.map(curatedFactLine),
    `Graph content hash: ${content.contentHash}`,
    `Disclaimer: ${content.disclaimer}`,
  ].join('\n');
}
