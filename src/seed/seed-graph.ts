import {
  DEFAULT_CATEGORY,
  MODALITIES,
  PREDICATES,
  contentHash,
  factId,
  normalizeName,
  type ModalityName,
  type RetiredIdContent,
  type EntityKindName,
  type FactContent,
  type GraphContent,
  type PredicateName,
} from '../domain';
import type { SeedCitation } from './seed-file-schema';
import { SeedValidationError, type SeedProblem } from './seed-error';
import { readSeedFiles, type ParsedSeedFile } from './read-seed-files';
import {
  OntologyExtractError,
  readOntologyExtracts,
  type OntologyExtracts,
} from './ontology-extracts';
import { resolveXrefs } from './xrefs';

interface Located<T> {
  item: T;
  file: ParsedSeedFile;
  index: number;
}

function collect<
  K extends 'sources' | 'entities' | 'facts' | 'statistics' | 'outlines' | 'retired',
>(files: ParsedSeedFile[], key: K) {
  const out: Located<NonNullable<ParsedSeedFile['content'][K]>[number]>[] = [];
  for (const file of files) {
    (file.content[key] ?? []).forEach((item, index) => out.push({ item, file, index }));
  }
  return out;
}

/**
 * Cross-file checks: unique ids, references that resolve, predicates joining
 * the kinds they allow. The merged content of all seed files is what the
 * loader writes.
 */
function buildSeedGraph(
  files: ParsedSeedFile[],
  extracts: OntologyExtracts,
): {
  graph?: GraphContent;
  problems: SeedProblem[];
} {
  const problems: SeedProblem[] = [];
  const at = (
    located: Located<unknown>,
    key: string,
    field: (string | number)[],
    message: string,
  ) =>
    problems.push({
      file: located.file.file,
      line: located.file.lineOf([key, located.index, ...field]),
      field: `${key}[${located.index}]${field.map((f) => (typeof f === 'number' ? `[${f}]` : `.${f}`)).join('')}`,
      message,
    });

  const versions = files.filter((f) => f.content.version !== undefined);
  if (versions.length !== 1) {
    problems.push({
      file: versions[1]?.file ?? files[0]?.file ?? 'seeds',
      field: 'version',
      message: `exactly one seed file must give the seed version (found ${versions.length})`,
    });
  }

  const sources = collect(files, 'sources');
  const entities = collect(files, 'entities');
  const facts = collect(files, 'facts');
  const statistics = collect(files, 'statistics');
  const outlines = collect(files, 'outlines');
  const retired = collect(files, 'retired');

  const sourceIds = new Set<string>();
  for (const s of sources) {
    if (sourceIds.has(s.item.id)) at(s, 'sources', ['id'], `duplicate source id "${s.item.id}"`);
    sourceIds.add(s.item.id);
  }
  /** Paragraph counts by section, per source. */
  const outlineOf = new Map<string, Map<string, number>>();
  for (const o of outlines) {
    if (!sourceIds.has(o.item.source))
      at(o, 'outlines', ['source'], `unknown source "${o.item.source}"`);
    if (outlineOf.has(o.item.source))
      at(o, 'outlines', ['source'], `a second outline of source "${o.item.source}"`);
    outlineOf.set(o.item.source, new Map(o.item.sections.map((s) => [s.section, s.paragraphs])));
  }
  for (const s of sources) {
    if (!outlineOf.has(s.item.id))
      at(
        s,
        'sources',
        ['id'],
        `source "${s.item.id}" has no outline (outlines: sections and paragraph counts)`,
      );
  }
  const checkCitation = (
    located: Located<unknown>,
    key: string,
    citation: SeedCitation,
    field: (string | number)[],
  ) => {
    const { source, section, paragraph } = citation;
    if (!sourceIds.has(source)) {
      at(located, key, [...field, 'source'], `unknown source "${source}"`);
      return;
    }
    const sections = outlineOf.get(source);
    if (!sections) return;
    const paragraphs = sections.get(section);
    if (paragraphs === undefined) {
      at(
        located,
        key,
        [...field, 'section'],
        `"${section}" is not a section of the outline of "${source}" (${[...sections.keys()].map((n) => `"${n}"`).join(', ')})`,
      );
    } else if (paragraph > paragraphs) {
      at(
        located,
        key,
        [...field, 'paragraph'],
        `"${section}" of "${source}" has ${paragraphs} paragraph(s); there is no paragraph ${paragraph}`,
      );
    }
  };
  /** A statement cites one or more paragraphs, all of one source, none twice. */
  const checkCitations = (located: Located<{ citations: SeedCitation[] }>, key: string) => {
    const seen = new Set<string>();
    located.item.citations.forEach((citation, index) => {
      checkCitation(located, key, citation, ['citations', index]);
      const place = `${citation.source}|${citation.section}|${citation.paragraph}`;
      if (seen.has(place)) at(located, key, ['citations', index], 'cites the same paragraph twice');
      seen.add(place);
      if (citation.source !== located.item.citations[0]!.source)
        at(
          located,
          key,
          ['citations', index, 'source'],
          'every citation of one statement must be of one source',
        );
    });
  };

  const kindById = new Map<string, EntityKindName>();
  const usedIds = new Set<string>();
  const resolved = new Map<string, ReturnType<typeof resolveXrefs>>();
  for (const e of entities) {
    if (usedIds.has(e.item.id)) at(e, 'entities', ['id'], `duplicate entity id "${e.item.id}"`);
    usedIds.add(e.item.id);
    kindById.set(e.item.id, e.item.kind);
    checkCitation(e, 'entities', e.item.citation, ['citation']);
    const names = new Set([normalizeName(e.item.name)]);
    e.item.synonyms.forEach((name, index) => {
      const key = normalizeName(name.text);
      if (names.has(key))
        at(e, 'entities', ['synonyms', index, 'text'], `"${name.text}" is named twice`);
      names.add(key);
    });
    const xrefs = resolveXrefs(e.item, extracts);
    for (const problem of xrefs.problems) at(e, 'entities', problem.field, problem.message);
    resolved.set(e.item.id, xrefs);
  }

  const factIds = new Set<string>();
  const factRecords: FactContent[] = [];
  for (const f of facts) {
    const { subject, object } = f.item;
    const predicate = f.item.predicate as PredicateName;
    const rule = PREDICATES[predicate];
    const subjectKind = kindById.get(subject);
    const objectKind = kindById.get(object);
    if (!subjectKind) at(f, 'facts', ['subject'], `unknown entity "${subject}"`);
    else if (!(rule.subject as readonly string[]).includes(subjectKind)) {
      at(
        f,
        'facts',
        ['subject'],
        `${predicate} needs a subject of kind ${rule.subject.join(' or ')}, "${subject}" is ${subjectKind}`,
      );
    }
    if (!objectKind) at(f, 'facts', ['object'], `unknown entity "${object}"`);
    else if (!(rule.object as readonly string[]).includes(objectKind)) {
      at(
        f,
        'facts',
        ['object'],
        `${predicate} needs an object of kind ${rule.object.join(' or ')}, "${object}" is ${objectKind}`,
      );
    }
    if (subject === object) at(f, 'facts', ['object'], 'a fact cannot join an entity to itself');
    if ('sameKind' in rule && subjectKind && objectKind && subjectKind !== objectKind)
      at(
        f,
        'facts',
        ['object'],
        `${predicate} joins entities of one kind; "${subject}" is ${subjectKind}, "${object}" ${objectKind}`,
      );
    const modality = f.item.modality as ModalityName;
    if (!(rule.modalities as readonly string[]).includes(modality))
      at(
        f,
        'facts',
        ['modality'],
        `${predicate} states ${rule.modalities.join(' or ')}, not ${modality}`,
      );
    if (!(MODALITIES[modality].cues as readonly string[]).includes(f.item.cue))
      at(
        f,
        'facts',
        ['cue'],
        `"${f.item.cue}" is not a cue of ${modality} (${MODALITIES[modality].cues.map((c) => `"${c}"`).join(', ')})`,
      );
    checkCitations(f, 'facts');
    const id = factId(subject, predicate, object);
    if (factIds.has(id)) at(f, 'facts', [], `duplicate fact ${subject} ${predicate} ${object}`);
    factIds.add(id);
    factRecords.push({ ...f.item, predicate, modality, id });
  }

  for (const s of statistics) {
    if (usedIds.has(s.item.id)) at(s, 'statistics', ['id'], `duplicate id "${s.item.id}"`);
    usedIds.add(s.item.id);
    if (kindById.get(s.item.condition) !== 'CONDITION') {
      at(s, 'statistics', ['condition'], `"${s.item.condition}" is not a known CONDITION`);
    }
    if (kindById.get(s.item.population) !== 'POPULATION') {
      at(s, 'statistics', ['population'], `"${s.item.population}" is not a known POPULATION`);
    }
    checkCitations(s, 'statistics');
    // Each figure is also a fact, so that whoever reads facts learns it too.
    const { condition, population, value, unit, per, measure, qualifier, note, citations } = s.item;
    const base = factId(condition, 'FREQUENCY_IN', population);
    const id = s.item.measureKey ? `${base}--${s.item.measureKey}` : base;
    if (factIds.has(id))
      at(
        s,
        'statistics',
        [],
        `a second figure for ${condition} among ${population}: give each a measureKey`,
      );
    factIds.add(id);
    factRecords.push({
      id,
      subject: condition,
      predicate: 'FREQUENCY_IN',
      object: population,
      modality: 'FIGURE',
      cue: 'cases',
      ...(qualifier ? { qualifier } : {}),
      ...(note ? { note } : {}),
      figure: { value, unit, per, measure },
      citations,
    });
  }

  // A retired id names nothing now, and what replaced it exists (or nothing did, with a reason).
  const retiredRecords: RetiredIdContent[] = [];
  const retiredIds = new Set<string>();
  for (const r of retired) {
    const { id, kind, replacedBy, since, reason } = r.item;
    if (retiredIds.has(id)) at(r, 'retired', ['id'], `"${id}" is retired twice`);
    retiredIds.add(id);
    const live = kind === 'entity' ? kindById : factIds;
    if (live.has(id)) at(r, 'retired', ['id'], `"${id}" is retired but still exists`);
    if (replacedBy !== undefined && !live.has(replacedBy))
      at(r, 'retired', ['replacedBy'], `"${replacedBy}" is not a ${kind} of this version`);
    retiredRecords.push({ id, kind, replacedBy: replacedBy ?? null, since, reason });
  }

  if (problems.length > 0) return { problems };
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const content = {
    version: versions[0]?.content.version ?? '0.0.0',
    sources: sources.map((s) => s.item).sort(byId),
    entities: entities
      .map(({ item: { synonyms, ...e } }) => ({
        ...e,
        names: synonyms,
        category: e.category ?? DEFAULT_CATEGORY[e.kind],
        xrefs: resolved.get(e.id)!.xrefs,
        ontologySynonyms: resolved.get(e.id)!.ontologySynonyms,
      }))
      .sort(byId),
    facts: factRecords.sort(byId),
    statistics: statistics.map((s) => s.item).sort(byId),
    retired: retiredRecords.sort(byId),
  };
  return { graph: { ...content, contentHash: contentHash(content) }, problems };
}

/** Reads, validates and merges the seed folder; throws SeedValidationError listing every problem. */
export function loadSeedGraph(dir: string): GraphContent {
  const { files, problems } = readSeedFiles(dir);
  if (problems.length > 0) throw new SeedValidationError(problems);
  let extracts: OntologyExtracts;
  try {
    extracts = readOntologyExtracts(dir);
  } catch (error) {
    if (!(error instanceof OntologyExtractError)) throw error;
    throw new SeedValidationError([{ file: dir, message: error.message }]);
  }
  const built = buildSeedGraph(files, extracts);
  if (!built.graph) throw new SeedValidationError(built.problems);
  return built.graph;
}
