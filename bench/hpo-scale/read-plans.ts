import type { Driver } from 'neo4j-driver';
import { CURATED_PREDICATE_NAMES } from '../../src/domain/curated';
import { DATABASE } from '../../src/graph/driver';
import { applyGraphSchema } from '../../src/graph/write';
import * as Q from '../../src/graph/read/queries';
import * as export_ from '../../src/graph/export/export-queries';
import * as C from '../../src/graph/write/curated-statements';
import * as W from '../../src/graph/write/statements';

/**
 * The indexes each statement of the data layer (reads, exports and the
 * loader's own) is planned to use on the graph as it stands: `EXPLAIN` of
 * each, the index names its plan's operators name. `bench:hpo-scale --
 * --plans` compares them with the service's schema and without an index,
 * so an index can be dropped only where no statement's plan loses a seek.
 */

interface Named {
  name: string;
  text: string;
}

function statements(): Named[] {
  const found = new Map<string, Named>();
  const visit = (value: unknown) => {
    if (value && typeof value === 'object') {
      const v = value as { name?: unknown; text?: unknown };
      if (typeof v.name === 'string' && typeof v.text === 'string')
        found.set(v.name, { name: v.name, text: v.text });
      else Object.values(value).forEach(visit);
    }
  };
  [Q, export_, C, W].forEach((m) => Object.values(m).forEach(visit));
  return [...found.values()];
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** What a plan reads through an index: "operator: details" of each index operator. */
function indexUses(plan: PlanNode): string[] {
  const own = /Index|Seek/.test(plan.operatorType)
    ? [`${plan.operatorType.replace(/@.*/, '')}: ${String(plan.arguments.Details ?? '')}`]
    : [];
  return [...own, ...plan.children.flatMap(indexUses)];
}

/** Each statement's index uses (or why it could not be planned). */
async function readPlans(driver: Driver): Promise<Record<string, string[]>> {
  const plans: Record<string, string[]> = {};
  for (const s of statements()) {
    if (/^\s*(CREATE|DROP|SHOW)\b/i.test(s.text)) continue;
    try {
      const { summary } = await driver.executeQuery(
        `EXPLAIN ${s.text}`,
        {},
        { database: DATABASE },
      );
      plans[s.name] = summary.plan ? indexUses(summary.plan as unknown as PlanNode).sort() : [];
    } catch (error) {
      plans[s.name] = [`not planned: ${(error as Error).message.split('\n')[0]}`];
    }
  }
  return plans;
}

/** The statements whose index uses differ between two sets of plans. */
function planChanges(
  before: Record<string, string[]>,
  after: Record<string, string[]>,
): { name: string; before: string[]; after: string[] }[] {
  return Object.keys(before)
    .filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]))
    .map((name) => ({ name, before: before[name]!, after: after[name] ?? [] }));
}

/**
 * The plans with the service's schema, then with each curated relationship
 * id index dropped (and made again after): the statements whose index uses change.
 */
export async function comparePlans(driver: Driver): Promise<{
  plans: Record<string, string[]>;
  without: Record<string, { name: string; before: string[]; after: string[] }[]>;
}> {
  const plans = await readPlans(driver);
  const without: Record<string, { name: string; before: string[]; after: string[] }[]> = {};
  for (const p of CURATED_PREDICATE_NAMES) {
    const index = `fact_id_${p.toLowerCase()}`;
    await driver.executeQuery(`DROP INDEX ${index}`, {}, { database: DATABASE });
    without[index] = planChanges(plans, await readPlans(driver));
    await applyGraphSchema(driver);
  }
  return { plans, without };
}

/** The plans' report: the statements whose index uses change without an index, and which indexes none uses. */
export function plansMarkdown(r: Awaited<ReturnType<typeof comparePlans>>): string[] {
  const used = new Set(
    Object.values(r.plans)
      .flat()
      .flatMap((use) => [...use.matchAll(/:(\w+)\(/g)].map((m) => m[1])),
  );
  return [
    '# Index uses of the data layer on the full HPO extract',
    '',
    `${Object.keys(r.plans).length} statements (reads, exports and the loader's), each planned with \`EXPLAIN\` ` +
      'on the full extract with the service schema, then with each curated relationship id index dropped in turn.',
    '',
    '| Index dropped | Statements whose plan changes | Before | After |',
    '| --- | --- | --- | --- |',
    ...Object.entries(r.without).flatMap(([index, changes]) =>
      changes.length === 0
        ? [`| ${index} | none | | |`]
        : changes.map(
            (c) => `| ${index} | ${c.name} | ${c.before.join('; ')} | ${c.after.join('; ')} |`,
          ),
    ),
    '',
    `Labels and types whose range or unique indexes some plan seeks in (full-text indexes are named in the statements' text): ${[...used].sort().join(', ')}.`,
    '',
  ];
}
