import { formatProblem, type SeedProblem } from '../seed-error';

/** How many problems the message lists; the error keeps them all. */
const LISTED = 20;

/** A curated extract is malformed, truncated or does not match its manifest; nothing of it was read. */
export class CuratedExtractError extends Error {
  override name = 'CuratedExtractError';
  constructor(readonly problems: SeedProblem[]) {
    const listed = problems.slice(0, LISTED).map((p) => `  ${formatProblem(p)}`);
    if (problems.length > LISTED) listed.push(`  ... and ${problems.length - LISTED} more`);
    super(`${problems.length} problem(s) in the curated extract:\n${listed.join('\n')}`);
  }
}
