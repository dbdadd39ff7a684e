import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherStatement } from '../cypher';

/** One statement over a list of rows: `params(from, to)` gives a batch's parameters. */
export interface WriteStep {
  step: string;
  statement: CypherStatement;
  size: number;
  params(from: number, to: number): Record<string, unknown>;
}

export function writeStep<T>(
  step: string,
  statement: CypherStatement,
  items: T[],
  toParams: (batch: T[]) => Record<string, unknown>,
): WriteStep {
  return {
    step,
    statement,
    size: items.length,
    params: (from, to) => toParams(items.slice(from, to)),
  };
}

/**
 * Runs the batches of some write steps, which must not depend on one another:
 * a `parallel` group shares several writers across all its batches (so a
 * step of one batch does not leave a writer idle), else one batch at a time.
 */
export type StepRunner = (steps: WriteStep[], parallel?: boolean) => Promise<void>;

/** Reads a query's rows (inside the load transaction, or on their own in batched mode). */
export type Reader = (
  statement: CypherStatement,
  params?: Record<string, unknown>,
) => Promise<Neo4jRecord[]>;
