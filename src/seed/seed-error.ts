/** One problem found in the seed files, located precisely enough to fix by hand. */
export interface SeedProblem {
  file: string;
  line?: number;
  /** Path inside the file, such as `facts[3].object`. */
  field?: string;
  message: string;
}

export function formatProblem(problem: SeedProblem): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}` : problem.file;
  return problem.field
    ? `${where}: ${problem.field}: ${problem.message}`
    : `${where}: ${problem.message}`;
}

/** The seed files are invalid; nothing was written. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: SeedProblem[]) {
    super(
      `${problems.length} problem(s) in the seed files:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
}
