import type { ParsedSeedFile } from '../read-seed-files';
import type { SeedProblem } from '../seed-error';

/** One item of a seed file's list, with where it stands. */
export interface Located<T> {
  item: T;
  file: ParsedSeedFile;
  index: number;
}

type ListKey = 'sources' | 'entities' | 'facts' | 'statistics' | 'outlines' | 'retired';

/** Every item of one list across the seed files, each with its file and index. */
export function collect<K extends ListKey>(files: ParsedSeedFile[], key: K) {
  const out: Located<NonNullable<ParsedSeedFile['content'][K]>[number]>[] = [];
  for (const file of files) {
    (file.content[key] ?? []).forEach((item, index) => out.push({ item, file, index }));
  }
  return out;
}

/** The problems found so far, each at the line of the field it names. */
export class SeedProblems {
  readonly list: SeedProblem[] = [];

  /** Records a problem of `located`'s `field` (inside the list `key`). */
  at(located: Located<unknown>, key: string, field: (string | number)[], message: string): void {
    this.list.push({
      file: located.file.file,
      line: located.file.lineOf([key, located.index, ...field]),
      field: `${key}[${located.index}]${field.map((f) => (typeof f === 'number' ? `[${f}]` : `.${f}`)).join('')}`,
      message,
    });
  }

  add(problem: SeedProblem): void {
    this.list.push(problem);
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}
