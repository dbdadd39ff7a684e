import type { CallToolResult } from '@modelcontextprotocol/server';
import type { McpContext } from '../context';
import { lookUpNode, suggestionsFor, suggestionsText, type NodeFound } from '../entity-lookup';
import { citationText, citationView, entityRef } from '../fact-view';
import type { ConceptRecord } from '../../graph/read';
import { factStatement } from '../../domain';
import { DISCLAIMER } from '../instructions';
import type { ExplainPathInput } from '../tool-inputs';
import type { ExplainPathOutput } from '../tool-outputs';
import { toolResult } from '../tool-result';

/**
 * explain_path: the shortest chain of cited facts between two entities, each
 * hop a fact in its own direction. connected, no_path (within maxHops), or
 * not_found (naming the ends that do not exist, with suggestions). An end is
 * named as get_facts takes it: an id, a MYOKG: id, or any CURIE the graph
 * holds; a node only HPO's curated layer has is found, and no chain of the
 * article's facts reaches it (no_path, saying so). Two ends that name the same
 * entity are connected by a path of 0 facts, as GraphQL's path answers.
 */

type ExplainPathContent = ExplainPathOutput;

function render(content: ExplainPathContent, curatedOnly: ConceptRecord[] = []): string {
  const ends = `${content.from?.id ?? '?'} to ${content.to?.id ?? '?'}`;
  const head = {
    connected: `explain_path ${ends}: status connected`,
    no_path: `explain_path ${ends}: status no_path, no chain of at most ${content.maxHops} facts joins them`,
    not_found: `explain_path: status not_found`,
  }[content.status];
  const end = (e: ExplainPathContent['from']) => (e ? `${e.id} "${e.name}"` : 'an unknown id');
  const lines = [
    head,
    `From ${end(content.from)} to ${end(content.to)} (maxHops ${content.maxHops})`,
    ...curatedOnly.map(
      (c) =>
        `${c.id} "${c.name}" is a node of the curated layer only: no fact of the article names it, so no chain of facts reaches it; get_facts gives its curated statements.`,
    ),
  ];
  for (const missing of content.missing)
    lines.push(`- ${missing.id}: not_found; ${suggestionsText(missing.suggestions)}`);
  for (const path of content.paths) {
    if (path.length === 0) {
      lines.push('Both ends name the same entity, joined by 0 facts (0 hops).');
      continue;
    }
    lines.push(`Path of ${path.length} facts (quote each sentence with its citation):`);
    path.hops.forEach((hop, i) =>
      lines.push(
        `${i + 1}. [${hop.factId}] ${hop.sentence} Cited: ${citationText(hop.citation)}. (${hop.subject.id} "${hop.subject.name}" ${hop.predicate} ${hop.object.id} "${hop.object.name}")`,
      ),
    );
  }
  lines.push(`Disclaimer: ${content.disclaimer}`);
  return lines.join('\n');
}

export async function explainPath(
  ctx: McpContext,
  input: ExplainPathInput,
): Promise<CallToolResult> {
  const reader = await ctx.reader();
  const [fromNode, toNode] = await Promise.all([
    lookUpNode(reader, input.fromId),
    lookUpNode(reader, input.toId),
  ]);
  const endOf = (node: NodeFound) => node.entity ?? node.concept;
  const [fromEnd, toEnd] = [endOf(fromNode), endOf(toNode)];
  const base = {
    from: fromEnd ? { id: fromEnd.id, name: fromEnd.name } : null,
    to: toEnd ? { id: toEnd.id, name: toEnd.name } : null,
    maxHops: input.maxHops,
    disclaimer: DISCLAIMER,
  };
  if (!fromEnd || !toEnd) {
    const missingIds = [...(fromEnd ? [] : [input.fromId]), ...(toEnd ? [] : [input.toId])];
    const missing = await Promise.all(
      [...new Set(missingIds)].map(async (id) => ({
        id,
        suggestions: await suggestionsFor(reader, id),
      })),
    );
    const content: ExplainPathContent = { ...base, status: 'not_found', paths: [], missing };
    return toolResult(content, render(content));
  }
  const from = fromNode.entity;
  const to = toNode.entity;
  if (!from || !to) {
    const curatedOnly = [fromNode.concept, toNode.concept].filter(
      (c): c is ConceptRecord => c !== null,
    );
    const content: ExplainPathContent = { ...base, status: 'no_path', paths: [], missing: [] };
    return toolResult(content, render(content, curatedOnly));
  }
  const { path } = await reader.shortestPath(from.id, to.id, input.maxHops);
  const paths = path
    ? [
        {
          length: path.facts.length,
          hops: path.facts.map((fact) => ({
            factId: fact.id,
            subject: entityRef(fact.subject),
            predicate: fact.predicate,
            object: entityRef(fact.object),
            sentence: factStatement(fact),
            citation: citationView(fact.citation),
          })),
        },
      ]
    : [];
  const content: ExplainPathContent = {
    ...base,
    status: path ? 'connected' : 'no_path',
    paths,
    missing: [],
  };
  return toolResult(content, render(content));
}
