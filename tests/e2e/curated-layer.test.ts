import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Json } from '../fixtures/api-server';
import { useSeededServer } from '../fixtures/seeded-server';

/**
 * The curated layer through GraphQL: HPO's disease–phenotype–gene
 * annotations, looked up by any CURIE, joined to the article's entities, with
 * the provenance of each statement; and the five example operations.
 */

jest.setTimeout(120_000);
const ctx = useSeededServer();

async function data(query: string, variables?: Record<string, unknown>): Promise<Json> {
  const { body } = await ctx.server.post(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const EXTRACT = path.join(__dirname, '..', '..', 'seeds', 'curated', 'hpo');
/** The rows of an extract file, as objects by header. */
function extractRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(EXTRACT, file), 'utf8').trimEnd().split('\n');
  const columns = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** Every node of a connection, page by page (the query takes $after). */
async function everyNode(
  query: string,
  variables: Record<string, unknown>,
  connection: (d: Json) => Json,
): Promise<Json[]> {
  const nodes: Json[] = [];
  for (let after: string | null = null, more = true; more;) {
    const page = connection(await data(query, { ...variables, after }));
    nodes.push(...page.edges.map((e: Json) => e.node));
    ({ hasNextPage: more, endCursor: after } = page.pageInfo);
  }
  return nodes;
}

/** A frequency that counts none of the patients studied: HPO's `0/n` or `0%`. */
const countsNone = (frequency: string | undefined) => /^0\/\d+$|^0(\.0+)?%$/.test(frequency ?? '');

const ANNOTATION = `id predicate biolinkPredicate negated statement record evidence evidenceEco
  agentType knowledgeLevel references frequency { text label value } onset sex
  source { id infores version }
  subject { id name biolinkCategory } object { id name biolinkCategory }`;

test('a disease is found by its MONDO id and by each record merged into it', async () => {
  const q = `query ($id: ID!) { concept(id: $id) { __typename id name curies ... on Disease { synonyms source { infores version } } } }`;
  // Juvenile myoclonic epilepsy: OMIM:254770 and ORPHA:307 are one MONDO class.
  const byOmim = await data(q, { id: 'OMIM:254770' });
  const byOrpha = await data(q, { id: 'ORPHA:307' });
  expect(byOmim.concept.__typename).toBe('Disease');
  expect(byOmim.concept.id).toMatch(/^MONDO:/);
  expect(byOrpha.concept).toEqual(byOmim.concept);
  expect(byOmim.concept.curies).toEqual(expect.arrayContaining(['OMIM:254770', 'ORPHA:307']));
  expect(byOmim.concept.source).toEqual({
    infores: 'infores:hpo-annotations',
    version: '2025-01-16',
  });
  expect((await data(q, { id: byOmim.concept.id })).concept).toEqual(byOmim.concept);
  expect((await data(q, { id: 'OMIM:0000000' })).concept).toBeNull();
});

test('an Orphanet record is named by ORPHA: or Orphanet:, in any case', async () => {
  const q = `query ($id: ID!) { concept(id: $id) { __typename id name curies } }`;
  const byOrpha = (await data(q, { id: 'ORPHA:307' })).concept;
  expect(byOrpha.curies).toContain('ORPHA:307');
  for (const id of ['Orphanet:307', 'orphanet:307', 'orpha:307'])
    expect((await data(q, { id })).concept).toEqual(byOrpha);
});

test('an article entity that is an HPO term is one node: its article id, its HP CURIE, both layers', async () => {
  const d = await data(`{
    concept(id: "HP:0001336") { __typename id curies
      ... on Condition { name facts { predicate } annotations(predicates: [HAS_PHENOTYPE], first: 3) { totalCount } } } }`);
  expect(d.concept.__typename).toBe('Condition');
  expect(d.concept.id).toBe('myoclonus');
  expect(d.concept.curies).toContain('HP:0001336');
  expect(d.concept.facts.length).toBeGreaterThan(5);
  expect(d.concept.annotations.totalCount).toBeGreaterThan(100);
});

test("a curated node's names carry their scope as the NameScope enum, as an entity's do", async () => {
  // Chin myoclonus is an HP term of the curated layer only: HPO gives it an exact and a related name.
  const d = await data(`{
    concept(id: "HP:0012462") { __typename ... on PhenotypicFeature { names { text scope type } } }
  }`);
  expect(d.concept.__typename).toBe('PhenotypicFeature');
  expect(d.concept.names).toEqual([
    { text: 'Chin spasms', scope: 'RELATED', type: null },
    { text: 'Geniospasm', scope: 'EXACT', type: null },
  ]);
});

test('example 1: diseases with myoclonus or a narrower term, most frequent first, with evidence and references', async () => {
  const d = await data(`{ diseasesWithPhenotype(phenotype: "HP:0001336", first: 100) {
    totalCount edges { node { ${ANNOTATION} } } } }`);
  const rows = d.diseasesWithPhenotype.edges.map((e: Json) => e.node);
  expect(rows).toHaveLength(100);
  const values = rows.map((r: Json) => r.frequency?.value ?? -1);
  expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
  for (const r of rows) {
    expect(r.predicate).toBe('HAS_PHENOTYPE');
    expect(r.biolinkPredicate).toBe('biolink:has_phenotype');
    expect(r.negated).toBe(false);
    expect(r.source).toEqual({
      id: 'hpo-annotations',
      infores: 'infores:hpo-annotations',
      version: '2025-01-16',
    });
    expect(r.record).toMatch(/^(OMIM|ORPHA):\d+$/);
    expect(['PCS', 'TAS', 'IEA']).toContain(r.evidence);
    expect(r.evidenceEco).toMatch(/^ECO:\d{7}$/);
    expect(r.references.length).toBeGreaterThan(0);
    expect(r.statement).toContain('infores:hpo-annotations 2025-01-16');
  }
  // Every positive myoclonus-subtree statement of the extract is counted, and no negated one.
  const subtree = new Set(['HP:0001336']);
  const phenotypes = extractRows('phenotypes.tsv');
  for (let grew = true; grew;) {
    grew = false;
    for (const p of phenotypes)
      if (!subtree.has(p.id!) && (JSON.parse(p.parents!) as string[]).some((x) => subtree.has(x))) {
        subtree.add(p.id!);
        grew = true;
      }
  }
  const expected = extractRows('annotations.tsv').filter(
    (a) =>
      a.aspect === 'P' &&
      a.qualifier !== 'NOT' &&
      !countsNone(a.frequency) &&
      subtree.has(a.hpo_id!),
  );
  expect(d.diseasesWithPhenotype.totalCount).toBe(expected.length);
  const exactOnly = await data(
    `{ diseasesWithPhenotype(phenotype: "myoclonus", includeNarrower: false, first: 0) { totalCount } }`,
  );
  expect(exactOnly.diseasesWithPhenotype.totalCount).toBe(
    expected.filter((a) => a.hpo_id === 'HP:0001336').length,
  );
});

test('example 2: the genes behind the progressive myoclonus epilepsies, by the names HPO gives them', async () => {
  const d =
    await data(`{ diseasesNamed(startingWith: ["Epilepsy, progressive myoclonic", "Progressive myoclonic epilepsy"], first: 100) {
    totalCount edges { node { id name ... on Disease { synonyms genes { id symbol } } } } } }`);
  const diseases = d.diseasesNamed.edges.map((e: Json) => e.node);
  const records = extractRows('diseases.tsv').filter((row) =>
    (JSON.parse(row.records!) as { name: string }[]).some((r) =>
      /^(epilepsy, progressive myoclonic|progressive myoclonic epilepsy)/i.test(r.name),
    ),
  );
  expect(diseases.map((x: Json) => x.id).sort()).toEqual(records.map((r) => r.id).sort());
  // The genes HPO's gene file pairs with those diseases' records, by symbol.
  const ids = new Set(records.map((r) => r.id));
  const symbolOf = new Map(extractRows('genes.tsv').map((g) => [g.id, g.symbol]));
  const expected = new Set(
    extractRows('gene-diseases.tsv')
      .filter((pair) => ids.has(pair.node_id!))
      .map((pair) => symbolOf.get(pair.gene!)),
  );
  const symbols = new Set(diseases.flatMap((x: Json) => x.genes.map((g: Json) => g.symbol)));
  expect(symbols).toEqual(expected);
  expect(symbols.has('CSTB')).toBe(true); // Unverricht-Lundborg disease, EPM1A
});

test('a name beginning may end part-way through a word', async () => {
  const named = async (startingWith: string[]) =>
    (
      await data(
        `query ($startingWith: [String!]!) { diseasesNamed(startingWith: $startingWith, first: 100) {
          totalCount edges { node { id name } } } }`,
        { startingWith },
      )
    ).diseasesNamed;
  /** The ids of the extract's diseases whose name or a record's name starts with `beginning`. */
  const startingWith = (beginning: string) =>
    extractRows('diseases.tsv')
      .filter((row) =>
        [row.name!, ...(JSON.parse(row.records!) as { name: string }[]).map((r) => r.name)].some(
          (name) => name.toLowerCase().startsWith(beginning.toLowerCase()),
        ),
      )
      .map((row) => row.id)
      .sort();
  const ids = (found: Json) => found.edges.map((e: Json) => e.node.id).sort();

  const laf = await named(['Laf']);
  expect(laf.edges.map((e: Json) => e.node.name)).toContain('Lafora disease');
  expect(ids(laf)).toEqual(startingWith('Laf'));

  const cut = await named(['Progressive myoclonic epil']);
  const whole = await named(['Progressive myoclonic epilepsy']);
  expect(whole.totalCount).toBeGreaterThan(0);
  expect(ids(cut)).toEqual(expect.arrayContaining(ids(whole)));
  expect(ids(cut)).toEqual(startingWith('Progressive myoclonic epil'));

  // Whole words still name what they did.
  expect(ids(await named(['Lafora disease']))).toEqual(startingWith('Lafora disease'));
  expect(await named(['Qqzx'])).toEqual({ totalCount: 0, edges: [] });
});

test('example 3: diseases with both myoclonus and dystonia (any narrower term of each)', async () => {
  const d =
    await data(`{ diseasesWithPhenotypes(phenotypes: ["HP:0001336", "HP:0001332"], first: 100) {
    totalCount edges { node { id name } } } }`);
  expect(d.diseasesWithPhenotypes.totalCount).toBeGreaterThan(10);
  const one = d.diseasesWithPhenotypes.edges[0].node.id;
  const both = await data(
    `query ($id: ID!) { concept(id: $id) {
    annotations(predicates: [HAS_PHENOTYPE], first: 100) { edges { node { object { id } } } } } }`,
    { id: one },
  );
  expect(both.concept.annotations.edges.length).toBeGreaterThan(0);
});

test('example 4: a disease profile with each frequency from its record (juvenile myoclonic epilepsy: OMIM and ORPHA)', async () => {
  const d = await data(`{ concept(id: "ORPHA:307") { id
    annotations(predicates: [HAS_PHENOTYPE], includeNegated: true, first: 100) { totalCount
      edges { node { record negated statement frequency { text label } object { id } } } } } }`);
  const rows = d.concept.annotations.edges.map((e: Json) => e.node);
  const records = new Set(rows.map((r: Json) => r.record));
  expect(records).toEqual(new Set(['OMIM:254770', 'ORPHA:307']));
  // Both records deny intellectual disability, ORPHA's with NOT and OMIM's with a count of none
  // (0/13): both statements stay, each with its record, and neither is positive.
  const id = rows.filter((r: Json) => r.object.id === 'HP:0001249');
  expect(id.map((r: Json) => [r.record, r.negated, r.frequency?.text ?? null]).sort()).toEqual([
    ['OMIM:254770', true, '0/13'],
    ['ORPHA:307', true, null],
  ]);
  for (const r of id) expect(r.statement).toMatch(/does not have/);
  expect(id.find((r: Json) => r.record === 'OMIM:254770').statement).toMatch(
    /does not have Intellectual disability \(in 0\/13 of patients\)/,
  );
});

test('example 5: diseases with myoclonus and a phenotype the article names as a risk factor (kidney failure)', async () => {
  const d =
    await data(`{ diseasesWithPhenotypes(phenotypes: ["myoclonus", "kidney-failure"], first: 50) {
    totalCount edges { node { __typename id name } } } }`);
  const byCurie = await data(
    `{ diseasesWithPhenotypes(phenotypes: ["HP:0001336", "HP:0000083"], first: 50) { totalCount } }`,
  );
  expect(d.diseasesWithPhenotypes.totalCount).toBeGreaterThan(0);
  expect(byCurie.diseasesWithPhenotypes.totalCount).toBe(d.diseasesWithPhenotypes.totalCount);
});

test('the curated queries take a node as concept does: a MYOKG: id, a CURIE with its prefix in any case', async () => {
  const d = await data(`{
    byId: diseasesWithPhenotype(phenotype: "HP:0001336", first: 0) { totalCount }
    released: diseasesWithPhenotype(phenotype: "MYOKG:myoclonus", first: 0) { totalCount }
    lowerCase: diseasesWithPhenotype(phenotype: "hp:0001336", first: 0) { totalCount }
    both: diseasesWithPhenotypes(phenotypes: ["HP:0001336", "HP:0000083"], first: 0) { totalCount }
    bothReleased: diseasesWithPhenotypes(phenotypes: ["MYOKG:myoclonus", "hp:0000083"], first: 0) { totalCount }
    concept(id: "orpha:399") { id }
  }`);
  expect(d.byId.totalCount).toBeGreaterThan(0);
  expect(d.released.totalCount).toBe(d.byId.totalCount);
  expect(d.lowerCase.totalCount).toBe(d.byId.totalCount);
  expect(d.bothReleased.totalCount).toBe(d.both.totalCount);
  expect(d.concept).toEqual({ id: 'huntingtons-disease' });
});

test('no NOT annotation of the extract, nor one whose frequency counts none, is a positive edge', async () => {
  const rows = extractRows('annotations.tsv').filter((a) => a.aspect === 'P');
  const nots = rows.filter((a) => a.qualifier === 'NOT');
  const none = rows.filter((a) => a.qualifier === '' && countsNone(a.frequency));
  expect(nots.length).toBeGreaterThan(0);
  expect(none.length).toBeGreaterThan(0);
  const cases = [
    ...nots.slice(0, 30).map((row) => ({ row, negatedBy: 'qualifier' })),
    ...none.map((row) => ({ row, negatedBy: 'frequency' })),
  ];
  for (const { row, negatedBy } of cases) {
    const statements = await everyNode(
      `query ($id: ID!, $after: String) { concept(id: $id) {
      annotations(predicates: [HAS_PHENOTYPE], includeNegated: true, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { record negated negatedBy statement references frequency { text } object { curies } } } } } }`,
      { id: row.database_id },
      (d) => d.concept.annotations,
    );
    // One record may state the same feature more than once, from other references and counts.
    const same = statements.filter(
      (n: Json) =>
        n.record === row.database_id &&
        n.object.curies.includes(row.hpo_id) &&
        (n.frequency?.text ?? '') === row.frequency &&
        n.references.join(';') === row.reference,
    );
    expect(same.length).toBeGreaterThan(0);
    for (const n of same) {
      expect({
        row: row.database_id,
        hpo: row.hpo_id,
        negated: n.negated,
        negatedBy: n.negatedBy,
      }).toEqual({ row: row.database_id, hpo: row.hpo_id, negated: true, negatedBy });
      expect(n.statement).toMatch(/ does not have /);
      expect(n.statement).not.toMatch(/ has /);
    }
  }
  // Left out of the diseases with a phenotype: spinocerebellar ataxia 38 has myoclonus in 0 of 9 patients.
  const sca38 = none.find((a) => a.database_id === 'OMIM:615957' && a.hpo_id === 'HP:0001336');
  expect(sca38).toBeDefined();
  const records = (
    await everyNode(
      `query ($after: String) { diseasesWithPhenotype(phenotype: "HP:0001336", includeNarrower: false, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { record } } } }`,
      {},
      (d) => d.diseasesWithPhenotype,
    )
  ).map((n) => n.record);
  expect(records.length).toBeGreaterThan(100);
  expect(records).not.toContain('OMIM:615957');
  // It has ataxia in 9 of 9 and no other term of myoclonus's subtree (tremor, in 1 of 9, is none).
  const both = await everyNode(
    `query ($after: String) { diseasesWithPhenotypes(phenotypes: ["HP:0001336", "HP:0001251"], first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
    {},
    (d) => d.diseasesWithPhenotypes,
  );
  expect(both.length).toBeGreaterThan(100);
  expect(both.map((n) => n.id)).not.toContain(sca38!.node_id);
});

test('bad input to the curated queries is a coded error', async () => {
  const unknown = await ctx.server.post(
    `{ diseasesWithPhenotype(phenotype: "HP:9999999") { totalCount } }`,
  );
  expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const one = await ctx.server.post(
    `{ diseasesWithPhenotypes(phenotypes: ["myoclonus"]) { totalCount } }`,
  );
  expect(one.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const cursor = await ctx.server.post(
    `{ diseasesWithPhenotype(phenotype: "myoclonus", after: "nope") { totalCount } }`,
  );
  expect(cursor.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

/** The code and message of a request's first error (undefined and empty when none). */
async function firstError(query: string, variables?: Record<string, unknown>) {
  const { body } = await ctx.server.post(query, variables);
  return {
    code: body.errors?.[0]?.extensions?.code,
    message: String(body.errors?.[0]?.message ?? ''),
  };
}

test('an empty id is refused, and a word of the full-text syntax (AND, OR, NOT) is an id like any other', async () => {
  for (const id of ['', '  ']) {
    expect(await firstError(`query ($id: ID!) { concept(id: $id) { id } }`, { id })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'id must not be empty.',
    });
    expect(
      (
        await firstError(
          `query ($p: ID!) { diseasesWithPhenotype(phenotype: $p) { totalCount } }`,
          { p: id },
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
  }
  for (const word of ['AND', 'OR', 'NOT', 'HP:AND']) {
    expect(
      (await data(`query ($id: ID!) { concept(id: $id) { id } }`, { id: word })).concept,
    ).toBeNull();
    expect(
      (await data(`query ($id: ID!) { entity(id: $id) { id } }`, { id: word })).entity,
    ).toBeNull();
    const one = await firstError(
      `query ($p: ID!) { diseasesWithPhenotype(phenotype: $p) { totalCount } }`,
      { p: word },
    );
    expect(one).toEqual({ code: 'BAD_USER_INPUT', message: `No node has the id "${word}".` });
  }
});

describe('concepts(ids:): many nodes in one request, each found as concept(id:) finds it', () => {
  const many = `query ($ids: [ID!]!) { concepts(ids: $ids) { __typename id name curies } }`;
  const one = `query ($id: ID!) { concept(id: $id) { __typename id name curies } }`;

  test('in the order asked, by id, CURIE, alias or retired id, null where nothing matches, duplicates kept', async () => {
    const ids = [
      'OMIM:254770',
      'no-such-node',
      'HP:0001336',
      'ORPHA:307',
      'myoclonus',
      'Orphanet:307',
      'anti-seizure-medication',
      'MYOKG:myoclonus',
      'OMIM:0000000',
      'HP:0001336',
      'ORPHA:501',
    ];
    const found = (await data(many, { ids })).concepts;
    const each = await Promise.all(ids.map(async (id) => (await data(one, { id })).concept));
    expect(found).toEqual(each);
    const [
      jme,
      unknown,
      myoclonus,
      byOrpha,
      byId,
      byAlias,
      retired,
      released,
      none,
      again,
      lafora,
    ] = found;
    // Juvenile myoclonic epilepsy: OMIM:254770 and ORPHA:307 are one MONDO class.
    expect(jme.__typename).toBe('Disease');
    expect(jme.id).toMatch(/^MONDO:/);
    expect(jme.curies).toEqual(expect.arrayContaining(['OMIM:254770', 'ORPHA:307']));
    expect([byOrpha, byAlias]).toEqual([jme, jme]);
    expect(lafora).toMatchObject({ __typename: 'Disease', id: 'MONDO:0009697' });
    expect(lafora.curies).toContain('ORPHA:501');
    expect(myoclonus.id).toBe('myoclonus');
    expect([byId, released, again]).toEqual([myoclonus, myoclonus, myoclonus]);
    expect(retired.id).toBe('antiepileptic-medication');
    expect([unknown, none]).toEqual([null, null]);
  });

  test('1 to 100 ids, none empty: beyond, BAD_USER_INPUT naming ids, and nothing is read', async () => {
    const ask = (ids: string[]) =>
      ctx.server.post(`query ($ids: [ID!]!) { concepts(ids: $ids) { id } }`, { ids });
    for (const [ids, message] of [
      [[], 'ids must hold 1 to 100 ids; got 0.'],
      [Array.from({ length: 101 }, () => 'myoclonus'), 'ids must hold 1 to 100 ids; got 101.'],
      [['myoclonus', ' '], 'ids must not be empty.'],
      [['x'.repeat(201)], 'ids must be at most 200 characters; got 201.'],
    ] as const) {
      const { body, headers } = await ask([...ids]);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'ids',
      });
      expect(body.errors?.[0]?.message).toBe(message);
      expect(Number(headers.get('x-cypher-round-trips') ?? 0)).toBe(0);
    }
    const hundred = await data(`query ($ids: [ID!]!) { concepts(ids: $ids) { id } }`, {
      ids: Array.from({ length: 100 }, () => 'myoclonus'),
    });
    expect(hundred.concepts).toHaveLength(100);
  });
});

test('diseasesWithPhenotypes names each phenotype no node has, and answers nothing', async () => {
  const ask = (phenotypes: string[]) =>
    firstError(`query ($p: [ID!]!) { diseasesWithPhenotypes(phenotypes: $p) { totalCount } }`, {
      p: phenotypes,
    });
  expect(await ask(['myoclonus', 'HP:9999999'])).toEqual({
    code: 'BAD_USER_INPUT',
    message: 'No node has the id "HP:9999999".',
  });
  expect(await ask(['nope1', 'nope2'])).toEqual({
    code: 'BAD_USER_INPUT',
    message: 'No node has the id "nope1" or "nope2".',
  });
  expect(await ask(['myoclonus', 'AND'])).toEqual({
    code: 'BAD_USER_INPUT',
    message: 'No node has the id "AND".',
  });
  // Known ids, by id and by CURIE, still answer.
  expect(await ask(['myoclonus', 'HP:0000083'])).toEqual({ code: undefined, message: '' });
});

test('a retired id stands for the node that replaced it among the phenotypes, as for one phenotype', async () => {
  const d = await data(`{
    retired: diseasesWithPhenotypes(phenotypes: ["myoclonus", "anti-seizure-medication"], first: 5) {
      totalCount edges { node { id } }
    }
    replacement: diseasesWithPhenotypes(phenotypes: ["myoclonus", "antiepileptic-medication"], first: 5) {
      totalCount edges { node { id } }
    }
    one: diseasesWithPhenotype(phenotype: "anti-seizure-medication", first: 5) { totalCount }
    oneReplacement: diseasesWithPhenotype(phenotype: "antiepileptic-medication", first: 5) { totalCount }
  }`);
  expect(d.retired).toEqual(d.replacement);
  expect(d.one).toEqual(d.oneReplacement);
  // Beside a retired id, an id that names nothing is still refused, and named alone.
  const { body } = await ctx.server.post(
    '{ diseasesWithPhenotypes(phenotypes: ["anti-seizure-medication", "HP:9999999"]) { totalCount } }',
  );
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(body.errors?.[0]?.message).toBe('No node has the id "HP:9999999".');
});

test('a source is named by its id or its infores id, and one that names no source is refused', async () => {
  const diseases = async (sources?: string[]) =>
    (
      await data(
        `query ($s: [ID!]) { diseasesWithPhenotype(phenotype: "myoclonus", sources: $s, first: 0) { totalCount } }`,
        { s: sources },
      )
    ).diseasesWithPhenotype.totalCount;
  const statements = async (sources?: string[]) =>
    await data(
      `query ($s: [ID!]) { a: concept(id: "ORPHA:307") { annotations(sources: $s, first: 0) { totalCount } }
          b: entity(id: "myoclonus") { ... on Condition { annotations(sources: $s, first: 0) { totalCount } } } }`,
      { s: sources },
    );
  const all = await diseases();
  expect(all).toBeGreaterThan(0);
  expect(await diseases(['hpo-annotations'])).toBe(all);
  expect(await diseases(['infores:hpo-annotations'])).toBe(all);
  expect(await diseases(['infores:myoclonus-kg'])).toBe(0);
  const allStatements = await statements();
  expect(allStatements.a.annotations.totalCount).toBeGreaterThan(0);
  expect(allStatements.b.annotations.totalCount).toBeGreaterThan(0);
  expect(await statements(['infores:hpo-annotations', 'hpo-annotations'])).toEqual(allStatements);
  for (const query of [
    `{ diseasesWithPhenotype(phenotype: "myoclonus", sources: ["nope"]) { totalCount } }`,
    `{ concept(id: "ORPHA:307") { annotations(sources: ["hpo-annotations", "nope"]) { totalCount } } }`,
    `{ entity(id: "myoclonus") { ... on Condition { annotations(sources: ["nope"]) { totalCount } } } }`,
  ]) {
    const error = await firstError(query);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/"nope"/);
    expect(error.message).toMatch(/hpo-annotations \(infores:hpo-annotations\)/);
  }
});

test('every disease is found, top 3, by the name HPO gives each of its records', async () => {
  const diseases = extractRows('diseases.tsv');
  const misses: string[] = [];
  for (const disease of diseases) {
    for (const record of JSON.parse(disease.records!) as { id: string; name: string }[]) {
      const d = await data(
        `query ($text: String!) { searchConcepts(text: $text, first: 3) { concept { id curies } } }`,
        { text: record.name },
      );
      const found = d.searchConcepts.some(
        (hit: Json) => hit.concept.id === disease.id || hit.concept.curies.includes(record.id),
      );
      if (!found) misses.push(`${record.id} ${record.name}`);
    }
  }
  expect(misses).toEqual([]);
});

test("an HPO term is found by its label, and people's words still find the article first", async () => {
  const dystonia = await data(
    `{ searchConcepts(text: "Dystonia", first: 3) { concept { id curies } score } }`,
  );
  expect(dystonia.searchConcepts[0].concept.curies).toContain('HP:0001332');
  const search = await data(`{ search(text: "myoclonus", first: 3) { entity { id } } }`);
  expect(search.search[0].entity.id).toBe('myoclonus');
});
