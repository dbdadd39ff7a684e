import { statementTemplate, type Frequency, type PredicateName } from './vocabulary';

/** What a sentence needs of an entity: its name, and whether that name keeps its capital. */
interface NamedEntity {
  name: string;
  properName: boolean;
}

/** What a sentence needs of a fact. */
export interface StatedFact {
  predicate: PredicateName;
  /** The source's words that carry the claim: a cue that claims less has a sentence of its own. */
  cue: string;
  subject: NamedEntity;
  object: NamedEntity;
  qualifier: string | null;
  /** How often it holds, in the source's words: it opens the sentence ("In rare cases, ..."). */
  frequency?: Frequency | null;
  /** The figure a FREQUENCY_IN fact states. */
  figure?: { value: number; unit: string } | null;
}

const isCapitalLetter = (code: number) => code >= 65 && code <= 90; // A-Z

/**
 * A name as it reads inside a sentence: common nouns lose their capital;
 * proper names and acronyms (second letter a capital: "HIV") keep it.
 */
function inSentence(entity: NamedEntity): string {
  const name = entity.name;
  if (entity.properName || isCapitalLetter(name.charCodeAt(1))) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One plain sentence for a fact, ready to quote, as strong as its source:
 * "In rare cases, myoclonus can be a sign of underlying head injury." A
 * frequency word opens the sentence, so it stays on the claim it belongs to.
 */
export function factStatement(fact: StatedFact): string {
  const template = statementTemplate(fact.predicate, fact.cue);
  const subject = inSentence(fact.subject);
  const object = inSentence(fact.object);
  const opening = fact.frequency ? `${capitalised(fact.frequency)}, ` : '';
  // After an opening frequency, the first word is inside the sentence: a common noun keeps its small letter.
  const first = (name: string) => (opening ? name : capitalised(name));
  let sentence = template
    .replace('{S}', first(subject))
    .replace('{s}', subject)
    .replace('{O}', first(object))
    .replace('{o}', object)
    .replace('{figure}', fact.figure ? `${fact.figure.value} ${fact.figure.unit}` : '');
  if (opening && !template.startsWith('{'))
    sentence = sentence.charAt(0).toLowerCase() + sentence.slice(1);
  const body = `${opening}${sentence}`;
  return fact.qualifier ? `${body} (${fact.qualifier}).` : `${body}.`;
}
