import { PREDICATES } from '../seed/vocabulary';
import type { EntityRecord, FactRecord } from './records';

/** A name as it reads inside a sentence: common nouns lose their capital, proper names keep it. */
function inSentence(entity: EntityRecord): string {
  if (entity.properName) return entity.name;
  const [first = '', ...rest] = entity.name;
  // Keep acronyms and names whose second letter is upper case ("HIV"), lower the rest.
  return rest[0] && rest[0] === rest[0].toUpperCase() && /[A-Z]/.test(rest[0])
    ? entity.name
    : first.toLowerCase() + rest.join('');
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
