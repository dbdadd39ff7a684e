/**
 * The fields of HPO's annotation file (phenotype.hpoa) and of the extract
 * built from it, each read from its text or refused with what is wrong.
 * The forms are those HPO documents for the file: a qualifier NOT or empty,
 * evidence IEA, PCS or TAS, a frequency that is an HPO frequency term, n/m
 * or a percentage, sex MALE or FEMALE, and aspect P, I, C, M or H.
 */

/** A field that does not have its form; the row's reader names the file, line and column. */
export class FieldError extends Error {
  override name = 'FieldError';
}

const CURIE_FORMS = {
  HP: /^HP:\d{7}$/,
  OMIM: /^OMIM:\d{6}$/,
  ORPHA: /^ORPHA:\d+$/,
  MONDO: /^MONDO:\d{7}$/,
  NCBIGene: /^NCBIGene:\d+$/,
} as const;
type CuriePrefix = keyof typeof CURIE_FORMS;

/** `text` when it is a CURIE of one of `prefixes` in that prefix's form. */
export function curieOf(text: string, ...prefixes: CuriePrefix[]): string {
  if (prefixes.some((prefix) => CURIE_FORMS[prefix].test(text))) return text;
  throw new FieldError(
    `"${text}" is not a CURIE of ${prefixes.map((p) => CURIE_FORMS[p].source.slice(1, -1)).join(' or ')}`,
  );
}

/** A disease record as HPO annotates it: an OMIM entry or an Orphanet disorder. */
export const recordOf = (text: string) => curieOf(text, 'OMIM', 'ORPHA');

/** A disease node: the MONDO class its records merge into, or a record that keeps its own CURIE. */
export const nodeIdOf = (text: string) => curieOf(text, 'MONDO', 'OMIM', 'ORPHA');

/** HPO's NOT: the disease is stated not to have the feature. */
export function negatedOf(text: string): boolean {
  if (text === 'NOT') return true;
  if (text === '') return false;
  throw new FieldError(`qualifier "${text}" is neither NOT nor empty`);
}

const EVIDENCE = ['IEA', 'PCS', 'TAS'] as const;
export type HpoEvidence = (typeof EVIDENCE)[number];

export function evidenceOf(text: string): HpoEvidence {
  const found = EVIDENCE.find((code) => code === text);
  if (!found) throw new FieldError(`evidence "${text}" is not one of ${EVIDENCE.join(', ')}`);
  return found;
}

const ASPECTS = ['P', 'I', 'C', 'M', 'H'] as const;
/** P phenotypic abnormality, I inheritance, C clinical course, M clinical modifier, H past medical history. */
export type HpoAspect = (typeof ASPECTS)[number];

export function aspectOf(text: string): HpoAspect {
  const found = ASPECTS.find((aspect) => aspect === text);
  if (!found) throw new FieldError(`aspect "${text}" is not one of ${ASPECTS.join(', ')}`);
  return found;
}

export function sexOf(text: string): 'MALE' | 'FEMALE' | null {
  if (text === 'MALE' || text === 'FEMALE') return text;
  if (text === '') return null;
  throw new FieldError(`sex "${text}" is neither MALE, FEMALE nor empty`);
}

/** How often the feature is seen: an HPO frequency term, n of m patients, or a percentage. */
export type HpoFrequency =
  | { kind: 'term'; id: string }
  | { kind: 'ratio'; n: number; m: number }
  | { kind: 'percent'; percent: number };

/** The frequency's form only; that a term is an HPO frequency term is checked against the ontology. */
export function frequencyOf(text: string): HpoFrequency | null {
  if (text === '') return null;
  if (CURIE_FORMS.HP.test(text)) return { kind: 'term', id: text };
  const ratio = /^(\d+)\/(\d+)$/.exec(text);
  if (ratio) {
    const [n, m] = [Number(ratio[1]), Number(ratio[2])];
    if (m === 0 || n > m) throw new FieldError(`frequency "${text}" is not n/m with n <= m, m > 0`);
    return { kind: 'ratio', n, m };
  }
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (percent && Number(percent[1]) <= 100) return { kind: 'percent', percent: Number(percent[1]) };
  throw new FieldError(
    `frequency "${text}" is not an HP frequency term, n/m or a percentage up to 100%`,
  );
}

/** Several values in one field, as HPO separates them (`;`); empty means none. */
export function listOf<T>(text: string, each: (part: string) => T): T[] {
  return text === '' ? [] : text.split(';').map(each);
}

/**
 * A reference is prefix:local (PMID:..., OMIM:..., ORPHA:..., ISBN-13:...,
 * or a web address). Its local part is kept as HPO wrote it, not checked:
 * HPO's file has a few that are not a valid number of their prefix
 * (PMID:20037588P), and the extract keeps HPO's rows unaltered.
 */
const REFERENCE = /^[A-Za-z][\w.-]*:\S+$/;

export function referenceOf(text: string): string {
  if (REFERENCE.test(text)) return text;
  throw new FieldError(`reference "${text}" is not prefix:identifier`);
}

/** Who curated the row and when: `HPO:name[2021-06-21]`; HPO's file has a space after some `;`. */
const BIOCURATION = /^ ?[A-Za-z]+:[^[\]\s]+\[\d{4}-\d{2}-\d{2}\]$/;

export function biocurationOf(text: string): string {
  if (BIOCURATION.test(text)) return text;
  throw new FieldError(`biocuration "${text}" is not source:curator[YYYY-MM-DD]`);
}

export function booleanOf(text: string): boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  throw new FieldError(`"${text}" is neither true nor false`);
}

export function nonEmpty(text: string): string {
  if (text.trim() === '') throw new FieldError('is empty');
  return text;
}

/** A JSON field, parsed; its shape is checked by `check`. */
export function jsonOf<T>(text: string, check: (value: unknown) => value is T, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FieldError(`is not JSON`);
  }
  if (!check(value)) throw new FieldError(`is not ${what}`);
  return value;
}
