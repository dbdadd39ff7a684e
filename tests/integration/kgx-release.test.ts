import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readGraphSettings } from '../../src/config';
import { checkKgx, type BiolinkVocabulary } from '../../src/graph/export/kgx-check';
import { buildRelease, type Release } from '../../src/graph/export/release';
import { keptReleaseFiles, recordsOfFiles } from '../../src/graph/export/kept-release';
import { compareVersions, releaseChanges } from '../../src/graph/export/release-changes';
import { changesMarkdown } from '../../src/graph/export/release-notes';
import { CURATED_PREDICATES, CURATED_PREDICATE_NAMES } from '../../src/domain/curated';
import { SeedReleaseHistory } from '../../src/release/history';
import { DEFAULT_SEED_DIR, seedDatabase } from '../../src/seed/seed';
import { clearGraph, copySeeds, editSeedFile, scratchDir, testDriver } from '../fixtures/testkit';

/** The KGX release: what it holds, the project's own checks, and `kgx validate` on a fresh export. */

jest.setTimeout(300_000);
const ROOT = path.resolve(__dirname, '..', '..');
const biolink = JSON.parse(
  readFileSync(path.join(DEFAULT_SEED_DIR, 'ontologies', 'biolink-model.json'), 'utf8'),
) as BiolinkVocabulary;

let driver: Driver;
let release: Release;
beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  await seedDatabase(driver);
  release = await buildRelease(
    driver,
    new SeedReleaseHistory(),
    readGraphSettings().exportReadTimeoutMs,
  );
}, 120_000);
afterAll(async () => {
  await driver?.close();
});

function writeRelease(files: Release['files']): string {
  const dir = scratchDir('kgx-');
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(release.manifest));
  return dir;
}

const kgxValidate = (dir: string) =>
  spawnSync('bash', [path.join(ROOT, 'scripts', 'kgx-validate.sh'), dir], { encoding: 'utf8' });

/** A number Neo4j counts in the loaded graph. */
async function countInGraph(query: string): Promise<number> {
  const { records } = await driver.executeQuery(
    query,
    { curated: CURATED_PREDICATE_NAMES },
    { database: 'neo4j' },
  );
  return Number(records[0]!.get(0));
}
const CURATED_NODES = 'MATCH (n:Concept) WHERE NOT n:Entity RETURN count(n)';
const CURATED_EDGES = 'MATCH ()-[r]->() WHERE type(r) IN $curated RETURN count(r)';
const HPO = 'infores:hpo-annotations';
const KG = 'infores:myoclonus-kg';
const ARTICLE = 'infores:epainassist-myoclonus-risk';
const isCurated = (e: Release['graph']['edges'][number]) => e.primary_knowledge_source === HPO;

test('the manifest names the loaded graph and counts what the files hold', async () => {
  const { records } = await driver.executeQuery(
    'MATCH (m:SeedMeta {id: "current"}) RETURN m.contentHash AS hash, m.version AS version',
    {},
    { database: 'neo4j' },
  );
  const curatedNodes = await countInGraph(CURATED_NODES);
  const curatedEdges = await countInGraph(CURATED_EDGES);
  expect(curatedNodes).toBeGreaterThan(1000);
  expect(release.manifest).toMatchObject({
    seedVersion: records[0]!.get('version'),
    contentHash: records[0]!.get('hash'),
    format: 'KGX',
    biolinkModelVersion: '4.4.6',
    // 59 entities, the one retired entity id (a deprecated node), and the curated layer.
    counts: { nodes: 60 + curatedNodes, edges: 77 + curatedEdges },
  });
  expect(release.manifest.counts.edgesByPredicate['biolink:similar_to']).toBe(4);
  expect(release.manifest.counts.edgesByPredicate['biolink:correlated_with']).toBe(5);
  expect(release.manifest.counts.edgesByPredicate['biolink:causes']).toBe(1);
  expect(release.manifest.counts.nodesByCategory['biolink:GeneticInheritance']).toBeGreaterThan(0);
  const lines = (name: keyof Release['files']) => release.files[name].trimEnd().split('\n');
  expect(lines('nodes.tsv')).toHaveLength(1 + 60 + curatedNodes);
  expect(lines('edges.jsonl')).toHaveLength(77 + curatedEdges);
  for (const file of release.manifest.files)
    expect(file.bytes).toBe(Buffer.byteLength(release.files[file.name]));
});

test("every edge's primary knowledge source is an entry of the manifest, of the entry's version", () => {
  const sources = new Map(release.manifest.knowledgeSources.primary.map((p) => [p.id, p]));
  const mismatched = release.graph.edges
    .filter(
      (e) =>
        e.primary_knowledge_source_version !== sources.get(e.primary_knowledge_source)?.version,
    )
    .map((e) => `${e.id}: ${e.primary_knowledge_source} ${e.primary_knowledge_source_version}`);
  expect(mismatched).toEqual([]);
  // The study's reading is the graph's own curation: of the graph's version, not the study's year.
  const studyEdges = release.graph.edges.filter((e) => e.primary_knowledge_source === KG);
  expect(studyEdges.length).toBeGreaterThan(0);
  for (const edge of studyEdges)
    expect(edge.primary_knowledge_source_version).toBe(release.manifest.seedVersion);
});

test('every edge carries its provenance, its modality and its citation', () => {
  for (const edge of release.graph.edges.filter((e) => !isCurated(e))) {
    expect(edge.agent_type).toBe('manual_agent');
    expect(['knowledge_assertion', 'observation']).toContain(edge.knowledge_level);
    expect(edge.modality).not.toBe('');
    expect(edge.modality_cue).not.toBe('');
    expect(edge.source_section).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(edge.source_paragraph).toEqual(expect.arrayContaining([expect.any(Number)]));
    // Each paragraph is named with its own section: the lists run side by side.
    expect(edge.source_section).toHaveLength(edge.source_paragraph!.length);
    expect(edge.predicate).toMatch(/^biolink:[a-z_]+$/);
    // The association class of its predicate, as every curated edge has one.
    expect(edge.category).toEqual([expect.stringMatching(/^biolink:[A-Za-z]*Association$/)]);
    // Only a causation is exported as biolink:causes.
    expect(edge.predicate === 'biolink:causes').toBe(edge.modality === 'CAUSATION');
  }
  const indication = release.graph.edges.find(
    (e) => e.id === 'MYOKG:myoclonus--may_indicate--head-injury',
  );
  expect(indication).toMatchObject({
    category: ['biolink:Association'],
    predicate: 'biolink:correlated_with',
    original_predicate: 'MYOKG:MAY_INDICATE',
    primary_knowledge_source: ARTICLE,
    knowledge_level: 'knowledge_assertion',
    modality: 'INDICATION',
    modality_cue: 'can be an indication of',
    frequency_text: 'in rare cases',
    statement: 'In rare cases, myoclonus can be a sign of underlying head injury.',
    source_section: ['Introduction'],
    source_paragraph: [1],
  });
  // A fact drawn from two sections cites each with its own paragraph.
  expect(
    release.graph.edges.find((e) => e.id === 'MYOKG:myoclonus--affects--general-population'),
  ).toMatchObject({
    source_section: ['Introduction', 'Who Is At Risk For Myoclonus?'],
    source_paragraph: [1, 2],
  });
  const figure = release.graph.edges.find(
    (e) => e.id === 'MYOKG:myoclonus--frequency_in--general-population',
  );
  expect(figure).toMatchObject({
    knowledge_level: 'observation',
    figure_value: 1.3,
    figure_unit: 'cases per 100,000 persons',
    figure_per: 100000,
  });
  expect(figure!.note).toMatch(/incidence/);
  // The study's reading is its own edge, from the graph's curation of the study, with the study cited.
  const study = release.graph.edges.find(
    (e) =>
      e.id === 'MYOKG:persistent-myoclonus--frequency_in--olmsted-county-residents--prevalence',
  );
  expect(study).toMatchObject({
    primary_knowledge_source: 'infores:myoclonus-kg',
    figure_value: 8.6,
    figure_measure: 'lifetime prevalence',
  });
  const lookAlike = release.graph.edges.find((e) => e.original_predicate === 'MYOKG:MISTAKEN_FOR')!;
  expect(lookAlike.object).toBe('MYOKG:myoclonus');
  expect(lookAlike.statement).toMatch(/can be mistaken for myoclonus\.$/);
});

test('every exported synonym names exactly the same thing: no broader word, no misspelling', () => {
  const myoclonus = release.graph.nodes.find((n) => n.id === 'MYOKG:myoclonus')!;
  expect(myoclonus.synonym).not.toContain('twitching');
  expect(myoclonus.synonym).not.toContain('myoclonous');
  expect(
    release.graph.nodes.find((n) => n.id === 'MYOKG:prolonged-hypoxia')!.synonym,
  ).not.toContain('hypoxia');
  // A narrower term's name is not a synonym of the entity its broader term matches.
  const curatedNames = new Map(
    release.graph.nodes.filter((n) => !n.id.startsWith('MYOKG:')).map((n) => [n.name, n.id]),
  );
  for (const node of release.graph.nodes.filter((n) => n.id.startsWith('MYOKG:')))
    for (const synonym of node.synonym)
      if (curatedNames.has(synonym)) expect(node.xref).toContain(curatedNames.get(synonym)!);
});

test('a retired entity id is a deprecated node naming what replaced it; the manifest lists every retired id as the release names it', () => {
  const retired = release.graph.nodes.find((n) => n.id === 'MYOKG:anti-seizure-medication');
  expect(retired).toMatchObject({
    deprecated: true,
    replaced_by: 'MYOKG:antiepileptic-medication',
    category: ['biolink:Drug'],
  });
  expect(release.manifest.retired).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        id: 'MYOKG:epilepsy--causes--myoclonus',
        kind: 'fact',
        replacedBy: 'MYOKG:myoclonus--may_indicate--epilepsy',
      }),
      expect.objectContaining({
        id: 'MYOKG:anti-seizure-medication',
        kind: 'entity',
        replacedBy: 'MYOKG:antiepileptic-medication',
      }),
    ]),
  );
  // Every id is as the release's records name it: each retired fact id is an edge id of the
  // form the release gives (none of them is an edge now), each replacement an edge.
  const edgeIds = new Set(release.graph.edges.map((e) => e.id));
  const facts = release.manifest.retired.filter((r) => r.kind === 'fact');
  expect(facts.length).toBeGreaterThan(60);
  for (const r of facts) {
    expect(r.id).toMatch(/^MYOKG:/);
    expect(edgeIds.has(r.id)).toBe(false);
    if (r.replacedBy !== null) expect(edgeIds.has(r.replacedBy)).toBe(true);
  }
  expect(release.graph.edges.some((e) => e.id === 'MYOKG:epilepsy--causes--myoclonus')).toBe(false);
});

test('the TSV and the JSON Lines say the same of every record: a list is a JSON array, and "|" joins it in the TSV', () => {
  const differences: string[] = [];
  for (const what of ['nodes', 'edges'] as const) {
    const [header, ...rows] = release.files[`${what}.tsv`].replace(/\n$/, '').split('\n');
    const columns = header!.split('\t');
    const records = release.files[`${what}.jsonl`]
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => {
      const record = records[i]!;
      const cells = row.split('\t');
      columns.forEach((column, c) => {
        const value = record[column];
        // KGX reads a TSV cell holding "|" as a list, and a JSON array as a list.
        const read = cells[c]!.includes('|') ? cells[c]!.split('|') : cells[c];
        const written = Array.isArray(value)
          ? value.length > 1
            ? value.map(String)
            : String(value[0] ?? '')
          : value === undefined || value === null
            ? ''
            : String(value);
        if (JSON.stringify(read) !== JSON.stringify(written))
          differences.push(
            `${record.id} ${column}: TSV ${JSON.stringify(read)}, JSON Lines ${JSON.stringify(value)}`,
          );
      });
    });
  }
  expect(differences.slice(0, 5)).toEqual([]);
});

test('the manifest gives every source once, with its version, licence, citation, works and what the release holds of it', async () => {
  const { primary } = release.manifest.knowledgeSources;
  // One entry per infores id, never two with one id.
  expect(primary.map((p) => p.id).sort()).toEqual([ARTICLE, HPO, KG]);
  for (const source of primary) {
    expect(source.version).not.toBe('');
    expect(source.licence.length).toBeGreaterThan(20);
    expect(source.citation.length).toBeGreaterThan(20);
    expect(source.publications.length).toBeGreaterThan(0);
    for (const work of source.publications) {
      expect(work.title).not.toBe('');
      expect(work.citation.length).toBeGreaterThan(20);
    }
    expect(source.counts.edges).toBe(
      release.graph.edges.filter((e) => e.primary_knowledge_source === source.id).length,
    );
  }
  const hpo = primary.find((p) => p.id === HPO)!;
  expect(hpo).toMatchObject({ version: '2025-01-16', lastModified: '2025-01-16' });
  expect(hpo.citation).toContain('version 2025-01-16');
  expect(hpo.publications.map((w) => w.id)).toEqual(['hpo-annotations']);
  expect(hpo.counts).toEqual({
    nodes: await countInGraph(CURATED_NODES),
    edges: await countInGraph(CURATED_EDGES),
    // The article's entities that are HPO's terms or MONDO's diseases, which HPO's rows join.
    nodesOfOtherSources: await countInGraph(
      'MATCH (e:Entity)-[r]-(:Concept) WHERE type(r) IN $curated RETURN count(DISTINCT e)',
    ),
  });
  expect(primary.find((p) => p.id === ARTICLE)).toMatchObject({
    title: 'Who Is At Risk For Myoclonus?',
    version: '2019-07-23',
    publications: [expect.objectContaining({ id: 'epainassist-myoclonus-risk' })],
  });
  // The graph's entry is the graph, of this version, with the study among the works it curated.
  const graph = primary.find((p) => p.id === KG)!;
  expect(graph).toMatchObject({
    title: 'Myoclonus knowledge graph',
    publisher: 'The myoclonus-knowledge-graph contributors',
    lastModified: null,
    version: release.manifest.seedVersion,
    identifiers: [],
  });
  expect(graph.citation).toContain(`seed version ${release.manifest.seedVersion}`);
  expect(graph.licence).toMatch(/NOTICE/);
  expect(graph.publications).toEqual([
    expect.objectContaining({
      id: 'caviness-1999-myoclonus-olmsted',
      kind: 'journal-article',
      title: 'The incidence and prevalence of myoclonus in Olmsted County, Minnesota',
      publisher: 'Mayo Clinic Proceedings',
      date: '1999',
      version: '1999',
      identifiers: ['PII:S0025-6196(11)64131-1'],
      citation: expect.stringContaining('Caviness JN'),
    }),
  ]);
  // The article's 59 entities are the article's nodes, or the study's it cites.
  expect(
    primary.filter((p) => [ARTICLE, KG].includes(p.id)).reduce((n, p) => n + p.counts.nodes, 0),
  ).toBe(59);
});

/** One of the extract's TSV files as rows keyed by its column line. */
function extract(file: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path.join(DEFAULT_SEED_DIR, 'curated', 'hpo', file), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split('\t'));
  return rows.map((cells) => Object.fromEntries(head!.map((c, i) => [c, cells[i] ?? ''])));
}

test("curated nodes: HPO's and MONDO's names, HPO's definitions and exact synonyms verbatim, the records merged, provided by HPO", () => {
  const nodes = new Map(release.graph.nodes.map((n) => [n.id, n]));
  let terms = 0;
  for (const term of extract('phenotypes.tsv')) {
    const node = nodes.get(term.id!);
    if (term.obsolete === 'true' || !node) continue;
    terms += 1;
    const synonyms = JSON.parse(term.synonyms!) as { text: string; scope: string }[];
    expect(node).toMatchObject({
      name: term.label,
      description: term.definition,
      synonym: synonyms.filter((n) => n.scope === 'exact').map((n) => n.text),
      provided_by: [HPO],
      kind: 'PHENOTYPE',
    });
  }
  // Every HP node of the release is a term of the extract, checked here.
  expect(terms).toBe(release.graph.nodes.filter((n) => n.id.startsWith('HP:')).length);
  expect(nodes.get('HP:0000006')!.category).toEqual(['biolink:GeneticInheritance']);
  for (const disease of extract('diseases.tsv')) {
    const node = nodes.get(disease.id!);
    if (!node) continue;
    const records = (JSON.parse(disease.records!) as { id: string }[]).map((r) => r.id);
    expect(node).toMatchObject({ category: ['biolink:Disease'], name: disease.name });
    expect([...node.xref].sort()).toEqual(records.filter((r) => r !== disease.id).sort());
  }
});

/** The Biolink slots an HPO row gives its edge, from the row as HPO writes it. */
function slotsOfRow(row: Record<string, string>) {
  const ratio = /^(\d+)\/(\d+)$/.exec(row.frequency!);
  const percent = /^(\d+)%$/.exec(row.frequency!);
  return {
    // A count of none (0/n, 0%) is negated as a NOT is: the feature was absent in the patients studied.
    negated:
      row.qualifier === 'NOT' ||
      (ratio && ratio[1] === '0') ||
      (percent && Number(percent[1]) === 0)
        ? true
        : undefined,
    publications: row.reference === '' ? [] : row.reference!.split(';'),
    frequency_qualifier: row.frequency!.startsWith('HP:') ? row.frequency : undefined,
    has_count: ratio ? Number(ratio[1]) : undefined,
    has_total: ratio ? Number(ratio[2]) : undefined,
    has_percentage: percent ? Number(percent[1]) : undefined,
    onset_qualifier: row.onset || undefined,
    sex_qualifier: { MALE: 'PATO:0000384', FEMALE: 'PATO:0000383' }[row.sex!.toUpperCase()],
  };
}

test("curated edges: each of HPO's rows with its provenance and qualifiers in Biolink's slots", () => {
  const curated = release.graph.edges.filter(isCurated);
  for (const edge of curated) {
    expect(edge).toMatchObject({
      primary_knowledge_source_version: '2025-01-16',
      aggregator_knowledge_source: ['infores:myoclonus-kg'],
      knowledge_level: 'knowledge_assertion',
    });
    expect(['manual_agent', 'automated_agent']).toContain(edge.agent_type);
    // Its association class, as the curated vocabulary gives it for its predicate.
    expect(edge.category).toEqual([
      Object.values(CURATED_PREDICATES).find((p) => p.biolink === edge.predicate)!.association,
    ]);
  }
  const rows = new Map<string, Record<string, string>[]>();
  for (const row of extract('annotations.tsv')) {
    const key = `${row.database_id} ${row.hpo_id}`;
    rows.set(key, [...(rows.get(key) ?? []), row]);
  }
  const slots = (e: object) => {
    const picked = Object.fromEntries(
      Object.keys(slotsOfRow({ frequency: '', reference: '', sex: '' })).map((k) => [
        k,
        (e as Record<string, unknown>)[k],
      ]),
    );
    return JSON.stringify(picked);
  };
  let checked = 0;
  const unmatched: string[] = [];
  for (const edge of curated) {
    if (!edge.original_subject || !edge.object.startsWith('HP:')) continue;
    checked += 1;
    const candidates = rows.get(`${edge.original_subject} ${edge.object}`) ?? [];
    if (!candidates.some((row) => slots(slotsOfRow(row)) === slots(edge))) unmatched.push(edge.id);
  }
  expect(unmatched).toEqual([]);
  expect(checked).toBeGreaterThan(10_000);
  // Only HPO's NOT rows and counts of none are negated, and every one of them is.
  const notRows = extract('annotations.tsv').filter(
    (r) => slotsOfRow(r).negated && ['P', 'I'].includes(r.aspect!),
  );
  expect(notRows.filter((r) => r.qualifier === '').length).toBeGreaterThan(0);
  expect(curated.filter((e) => e.negated === true)).toHaveLength(notRows.length);
  for (const edge of curated.filter((e) => e.negated))
    expect(edge.statement).toMatch(/ does not have /);
  const gene = curated.find((e) => e.predicate === 'biolink:gene_associated_with_condition')!;
  expect(gene.original_object).toMatch(/^(OMIM|ORPHA):\d+$/);
  expect(gene).not.toHaveProperty('original_subject');
});

test('nodes carry category, names, synonyms and exact cross-references; mappings keep every match type', () => {
  const myoclonus = release.graph.nodes.find((n) => n.id === 'MYOKG:myoclonus')!;
  expect(myoclonus.category).toEqual(['biolink:PhenotypicFeature']);
  expect(myoclonus.xref).toEqual(
    expect.arrayContaining(['HP:0001336', 'MESH:D009207', 'ICD10CM:G25.3']),
  );
  expect(myoclonus.synonym).toContain('myoclonic jerk');
  const broad = release.graph.mappings.find((m) => m.subject_id === 'MYOKG:secondary-myoclonus')!;
  expect(broad).toMatchObject({ predicate_id: 'skos:broadMatch', object_id: 'HP:0001336' });
  expect(release.files['mappings.sssom.tsv']).toMatch(/^# mapping_set_id: /);
});

test("the project's own checks pass, and catch what kgx does not check", () => {
  expect(checkKgx(release.graph, biolink)).toEqual([]);
  const broken = {
    ...release.graph,
    edges: [
      {
        ...release.graph.edges[0]!,
        object: 'MYOKG:nowhere',
        knowledge_level: 'hearsay',
      },
      { ...release.graph.edges[1]!, agent_type: 'robot' },
      { ...release.graph.edges.find(isCurated)!, frequency_qualifer: 'HP:0040281', negated: false },
    ],
    nodes: [...release.graph.nodes, { ...release.graph.nodes[0]!, id: 'FOO:1', xref: ['BAR:2'] }],
  };
  const problems = checkKgx(broken, biolink);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/object MYOKG:nowhere is not a node of the release/),
      expect.stringMatching(/knowledge_level "hearsay" is not a Biolink knowledge level/),
      expect.stringMatching(/agent_type "robot" is not a Biolink agent type/),
      expect.stringMatching(/the prefix of "FOO:1" is neither Biolink's nor declared/),
      expect.stringMatching(/the prefix of "BAR:2" is neither Biolink's nor declared/),
      "edge property frequency_qualifer: neither a Biolink slot nor the release's own",
      expect.stringMatching(/negated is written only for a negated statement, as true/),
    ]),
  );
});

test('kgx validate passes on a fresh export, offline', () => {
  const result = kgxValidate(writeRelease(release.files));
  expect(result.stdout).toContain('kgx validate, Biolink Model 4.4.6');
  expect(result.stdout).toMatch(/"errors": \{\}/);
  expect(result.status).toBe(0);
});

test('kgx validate fails on a release with a category the model does not have', () => {
  const files = {
    ...release.files,
    'nodes.tsv': release.files['nodes.tsv'].replace('biolink:Drug', 'biolink:Medicine'),
  };
  const result = kgxValidate(writeRelease(files));
  expect(result.stdout).toMatch(/Category 'Medicine' is unknown/);
  expect(result.status).toBe(1);
});

test('compared with 3.0.0, which had no curated layer, the changes count the additions by kind and source; CHANGES.md stays short', async () => {
  const history = new SeedReleaseHistory();
  const kept = history.readKept('3.0.0');
  const changes = releaseChanges('3.1.0', recordsOfFiles(release.files), {
    previousVersion: '3.0.0',
    previous: kept.records,
    reason: null,
    retired: [],
  });
  const curatedNodes = await countInGraph(CURATED_NODES);
  expect(changes.summary!.nodes.bySource[HPO]).toEqual({
    added: curatedNodes,
    removed: 0,
    changed: 0,
  });
  expect(changes.summary!.edges.bySource[HPO]!.added).toBe(await countInGraph(CURATED_EDGES));
  expect(changes.summary!.nodes.byKind['biolink:Gene']!.added).toBe(
    release.manifest.counts.nodesByCategory['biolink:Gene'],
  );
  // changes.json keeps every item; CHANGES.md counts them.
  expect(changes.nodes!.added).toHaveLength(curatedNodes);
  const markdown = changesMarkdown(changes);
  expect(Buffer.byteLength(markdown)).toBeLessThan(64 * 1024);
  expect(markdown).toContain(
    `- ${release.manifest.counts.nodesByCategory['biolink:Gene']} biolink:Gene from ${HPO}`,
  );
  expect(markdown).toMatch(/^- \d+ names of the added nodes, which changes\.json lists$/m);
});

/** Runs `npm run export` with these arguments against the tests' Neo4j. */
function exportCli(...args: string[]) {
  return spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    [path.join(ROOT, 'src', 'release', 'cli.ts'), ...args],
    { encoding: 'utf8', env: process.env },
  );
}

test('npm run export writes the KGX files, changes.json, CHANGES.md and a manifest that links them', () => {
  const out = scratchDir('export-');
  const result = exportCli('--no-seed', '--out', out);
  expect(result.stderr).not.toMatch(/fails its checks/);
  expect(result.status).toBe(0);
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  const changes = JSON.parse(readFileSync(path.join(out, 'changes.json'), 'utf8'));
  expect(changes).toEqual(release.changes);
  expect(readFileSync(path.join(out, 'CHANGES.md'), 'utf8')).toBe(
    release.changeFiles['CHANGES.md'],
  );
  expect(manifest.changes).toEqual(release.manifest.changes);
  expect(manifest.changes.files.map((f: { name: string }) => f.name)).toEqual([
    'changes.json',
    'CHANGES.md',
  ]);
});

test('npm run release:snapshot keeps the release in the seeds, as the export wrote it, and only of those seeds', () => {
  const seeds = copySeeds();
  const version = release.manifest.seedVersion;
  const kept = new SeedReleaseHistory(seeds);
  rmSync(kept.keptDir(version), { recursive: true, force: true });
  const out = scratchDir('export-');
  const result = exportCli('--keep', '--seeds', seeds, '--out', out);
  expect(result.stdout).toContain(`kept in ${path.relative(process.cwd(), kept.keptDir(version))}`);
  expect(result.status).toBe(0);
  for (const name of ['nodes.jsonl', 'edges.jsonl'])
    expect(kept.keptText(version, name)).toBe(readFileSync(path.join(out, name), 'utf8'));
  expect(kept.readKept(version).manifest.contentHash).toBe(release.manifest.contentHash);

  editSeedFile(seeds, 'entities/causes.yaml', (t) => t.replace('Epilepsy', 'Epilepsy, renamed'));
  const other = exportCli('--keep', '--no-seed', '--seeds', seeds, '--out', out);
  expect(other.stderr).toMatch(/the loaded graph is not the seeds/);
  expect(other.status).toBe(1);
});

test("a version's kept release is what its export writes, byte for byte; a version not kept is a new one", () => {
  // A change to what a release holds (a property, a value) is a new version:
  // the release kept for a version stays the release that version made.
  const history = new SeedReleaseHistory();
  const version = release.manifest.seedVersion;
  const kept = history.keptVersions();
  if (kept.includes(version)) {
    const files = keptReleaseFiles(release);
    for (const name of ['nodes.jsonl', 'edges.jsonl', 'release.json'] as const)
      expect(history.keptText(version, name)).toBe(files[name]);
  } else expect(compareVersions(version, kept.at(-1)!)).toBeGreaterThan(0);
});
