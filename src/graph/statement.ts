import { PREDICATES } from '../seed/vocabulary';
import type { EntityRecord, FactRecord } from './records';

const isCapitalLetter = (code: number) => code >= 65 && code <= 90; // A-Z

/**
 * A name as it reads inside a sentence: common nouns lose their capital;
 * proper names and acronyms (second letter a capital: "HIV") keep it.
 */
function inSentence(entity: EntityRecord): string {
  const name = entity.name;
  if (entity.properName || isCapitalLetter(name.charCodeAt(1))) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One plain sentence for a fact, ready to quote: "Head injury is an underlying cause of secondary myoclonus." */
export function factStatement(fact: FactRecord): string {
  const template = PREDICATES[fact.predicate].statement;
  const subject = inSentence(fact.subject);
  const object = inSentence(fact.object);
  const sentence = template
    .replace('{S}', capitalised(subject))
    .replace('{s}', subject)
    .replace('{O}', capitalised(object))
    .replace('{o}', object);
  return fact.qualifier ? `${sentence} (${fact.qualifier}).` : `${sentence}.`;
}
