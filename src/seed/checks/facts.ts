import {
  MODALITIES,
  PREDICATES,
  factId,
  type EntityKindName,
  type FactContent,
  type ModalityName,
  type PredicateName,
} from '../../domain';
import type { ParsedSeedFile } from '../read-seed-files';
import type { CitationCheck } from './citations';
import type { Located, SeedProblems } from './seed-problems';

type Content = ParsedSeedFile['content'];
type FactEntry = NonNullable<Content['facts']>[number];
type StatisticEntry = NonNullable<Content['statistics']>[number];

/**
 * The facts as the graph states them: each fact's ends of the kinds its
 * predicate joins, its modality one its predicate states and its cue one of
 * that modality's, cited; then one FREQUENCY_IN fact per figure.
 */
export function checkFacts(
  problems: SeedProblems,
  citations: CitationCheck,
  facts: Located<FactEntry>[],
  kindById: Map<string, EntityKindName>,
): FactContent[] {
  const factIds = new Set<string>();
  const records: FactContent[] = [];
  for (const f of facts) {
    const { subject, object } = f.item;
    const predicate = f.item.predicate as PredicateName;
    const rule = PREDICATES[predicate];
    const end = (field: 'subject' | 'object', id: string, allowed: readonly string[]) => {
      const kind = kindById.get(id);
      if (!kind) problems.at(f, 'facts', [field], `unknown entity "${id}"`);
      else if (!allowed.includes(kind))
        problems.at(
          f,
          'facts',
          [field],
          `${predicate} needs ${field === 'subject' ? 'a subject' : 'an object'} of kind ${allowed.join(' or ')}, "${id}" is ${kind}`,
        );
      return kind;
    };
    const subjectKind = end('subject', subject, rule.subject);
    const objectKind = end('object', object, rule.object);
    if (subject === object)
      problems.at(f, 'facts', ['object'], 'a fact cannot join an entity to itself');
    if ('sameKind' in rule && subjectKind && objectKind && subjectKind !== objectKind)
      problems.at(
        f,
        'facts',
        ['object'],
        `${predicate} joins entities of one kind; "${subject}" is ${subjectKind}, "${object}" ${objectKind}`,
      );
    const modality = f.item.modality as ModalityName;
    if (!(rule.modalities as readonly string[]).includes(modality))
      problems.at(
        f,
        'facts',
        ['modality'],
        `${predicate} states ${rule.modalities.join(' or ')}, not ${modality}`,
      );
    if (!(MODALITIES[modality].cues as readonly string[]).includes(f.item.cue))
      problems.at(
        f,
        'facts',
        ['cue'],
        `"${f.item.cue}" is not a cue of ${modality} (${MODALITIES[modality].cues.map((c) => `"${c}"`).join(', ')})`,
      );
    citations.checkAll(f, 'facts');
    const id = factId(subject, predicate, object);
    if (factIds.has(id))
      problems.at(f, 'facts', [], `duplicate fact ${subject} ${predicate} ${object}`);
    factIds.add(id);
    records.push({ ...f.item, predicate, modality, id });
  }
  return records;
}

/**
 * The figures: each of a known condition among a known population, cited;
 * each is also a FREQUENCY_IN fact, so that whoever reads facts learns it too.
 */
export function checkStatistics(
  problems: SeedProblems,
  citations: CitationCheck,
  statistics: Located<StatisticEntry>[],
  kindById: Map<string, EntityKindName>,
  usedIds: Set<string>,
  facts: FactContent[],
): FactContent[] {
  const factIds = new Set(facts.map((f) => f.id));
  const records: FactContent[] = [];
  for (const s of statistics) {
    if (usedIds.has(s.item.id)) problems.at(s, 'statistics', ['id'], `duplicate id "${s.item.id}"`);
    usedIds.add(s.item.id);
    if (kindById.get(s.item.condition) !== 'CONDITION')
      problems.at(s, 'statistics', ['condition'], `"${s.item.condition}" is not a known CONDITION`);
    if (kindById.get(s.item.population) !== 'POPULATION')
      problems.at(
        s,
        'statistics',
        ['population'],
        `"${s.item.population}" is not a known POPULATION`,
      );
    citations.checkAll(s, 'statistics');
    const { condition, population, value, unit, per, measure, qualifier, note } = s.item;
    const base = factId(condition, 'FREQUENCY_IN', population);
    const id = s.item.measureKey ? `${base}--${s.item.measureKey}` : base;
    if (factIds.has(id))
      problems.at(
        s,
        'statistics',
        [],
        `a second figure for ${condition} among ${population}: give each a measureKey`,
      );
    factIds.add(id);
    records.push({
      id,
      subject: condition,
      predicate: 'FREQUENCY_IN',
      object: population,
      modality: 'FIGURE',
      cue: 'cases',
      ...(qualifier ? { qualifier } : {}),
      ...(note ? { note } : {}),
      figure: { value, unit, per, measure },
      citations: s.item.citations,
    });
  }
  return records;
}
