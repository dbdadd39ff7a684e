import { createHash } from 'node:crypto';
import { loadExamples } from '../../src/http/playground';
import type { Json } from '../fixtures/api-server';
import { DISCLAIMER, SOURCE, useSeededServer } from '../fixtures/seeded-server';

/** Every docs/examples/*.graphql runs as written and answers something meaningful; the playground is offline. */

jest.setTimeout(60_000);
const ctx = useSeededServer();
const examples = loadExamples();

/** What each example must answer, beyond "no errors". */
const expectations: Record<string, (data: Json) => void> = {
  'chatbot-facts.graphql': (d) => {
    expect(d.facts.totalCount).toBe(4);
    expect(d.facts.edges).toHaveLength(4);
    expect(d.facts.edges.map((e: Json) => [e.node.modality, e.node.statement])).toContainEqual([
      'CAUSATION',
      'Epileptic myoclonus is due to epilepsy (myoclonus that comes from an epileptic disorder).',
    ]);
    for (const { node } of d.facts.edges) {
      expect(node.citation.source).toEqual(SOURCE);
      expect(node.citation.disclaimer).toBe(DISCLAIMER);
    }
  },
  'condition-overview.graphql': (d) => {
    const c = d.condition;
    expect(c.id).toBe('myoclonus');
    expect(c.subtypes).toHaveLength(7);
    const physiological = c.subtypes.find(
      (s: Json) => s.condition.name === 'Physiological myoclonus',
    );
    expect(physiological.condition.examples.map((e: Json) => e.condition.name)).toContain(
      'Hiccups',
    );
    expect(c.lookAlikes.map((l: Json) => l.condition.name)).toContain('Tourette syndrome');
    expect(c.riskFactors).toHaveLength(7);
    expect(c.populations.length).toBeGreaterThanOrEqual(6);
    expect(c.statistics).toEqual([
      expect.objectContaining({ value: 1.3, per: 100000, unit: 'cases per 100,000 persons' }),
    ]);
  },
  'path.graphql': (d) => {
    expect(d.path.length).toBe(3);
    expect(d.path.entities[0].id).toBe('alzheimers-disease');
    expect(d.path.entities[3].id).toBe('myoclonus');
    expect(d.path.facts.map((f: Json) => [f.predicate, f.modality])).toEqual([
      ['MEMBER_OF', 'CLASSIFICATION'],
      ['RISK_FACTOR_FOR', 'INCREASED_LIKELIHOOD'],
      ['SUBTYPE_OF', 'CLASSIFICATION'],
    ]);
  },
  'search.graphql': (d) => {
    expect(d.search.length).toBeGreaterThan(0);
    expect(d.search[0].entity.id).toBe('hypnic-jerks');
  },
  'treatment-of-epileptic-myoclonus.graphql': (d) => {
    const treatments = d.condition.treatments.map((t: Json) => t.treatment.id).sort();
    expect(treatments).toEqual(['antiepileptic-medication']);
    for (const t of d.condition.treatments) {
      expect(t.treatment.treats.map((l: Json) => l.condition.name)).toContain(
        'Epileptic myoclonus',
      );
      // The article says it can be administered: an option, never advice.
      expect(t.fact.statement).toBe(
        `For epileptic myoclonus, the source says ${t.treatment.name.toLowerCase()} can be given.`,
      );
    }
  },
  'underlying-causes.graphql': (d) => {
    // Myoclonus is due to epilepsy only through epileptic myoclonus; it can be a sign of five problems.
    const myoclonus = d.condition.subtypeOf[0].condition;
    expect(myoclonus.id).toBe('myoclonus');
    expect(myoclonus.underlyingCauses.map((l: Json) => [l.cause.id, l.condition.name])).toEqual([
      ['epilepsy', 'Epileptic myoclonus'],
    ]);
    expect(myoclonus.mayIndicate).toHaveLength(5);
    for (const link of myoclonus.mayIndicate)
      expect(link.fact).toMatchObject({ modality: 'INDICATION', frequency: 'in rare cases' });
    // Secondary myoclonus has no stated cause: what it is more common with are risk factors.
    expect(d.condition.underlyingCauses).toEqual([]);
    const risks = d.condition.riskFactors;
    expect(risks.map((l: Json) => l.riskFactor.id)).toEqual([
      'head-injury',
      'medication-side-effect',
      'neurological-condition',
    ]);
    expect(risks[2].riskFactor.members.map((m: Json) => m.entity.id)).toEqual([
      'alzheimers-disease',
      'dementia',
      'stroke',
    ]);
    for (const link of risks) {
      expect(link.fact).toMatchObject({ modality: 'INCREASED_LIKELIHOOD', cue: 'more common' });
      expect(link.citation.source).toEqual(SOURCE);
      expect(link.citation.disclaimer).toBe(DISCLAIMER);
      expect(link.citation.paragraph).toBe(2);
    }
  },
  'diseases-with-myoclonus.graphql': (d) => {
    const page = d.diseasesWithPhenotype;
    expect(page.totalCount).toBeGreaterThan(300);
    const values = page.edges.map((e: Json) => e.node.frequency?.value ?? -1);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    for (const { node } of page.edges) {
      expect(node.source).toEqual({ infores: 'infores:hpo-annotations', version: '2025-01-16' });
      expect(node.record).toMatch(/^(OMIM|ORPHA):/);
      expect(node.references.length).toBeGreaterThan(0);
    }
  },
  'genes-of-progressive-myoclonus-epilepsies.graphql': (d) => {
    expect(d.diseasesNamed.totalCount).toBeGreaterThan(5);
    const symbols = d.diseasesNamed.edges.flatMap((e: Json) =>
      e.node.genes.map((g: Json) => g.symbol),
    );
    expect(symbols).toContain('CSTB');
  },
  'diseases-with-myoclonus-and-dystonia.graphql': (d) => {
    expect(d.diseasesWithPhenotypes.totalCount).toBeGreaterThan(10);
  },
  'disease-profile.graphql': (d) => {
    expect(d.concept.curies).toEqual(expect.arrayContaining(['OMIM:254770', 'ORPHA:307']));
    const records = new Set(d.concept.annotations.edges.map((e: Json) => e.node.record));
    expect(records.size).toBeGreaterThan(0);
  },
  'myoclonus-with-kidney-failure.graphql': (d) => {
    expect(d.diseasesWithPhenotypes.totalCount).toBeGreaterThan(0);
    expect(d.concept.curies).toContain('HP:0000083');
    expect(d.concept.riskFor.length).toBeGreaterThan(0);
  },
};

test('there is an expectation for every example file', () => {
  expect(examples.map((e) => e.file).sort()).toEqual(Object.keys(expectations).sort());
});

test.each(examples.map((e) => [e.file, e.query] as const))(
  '%s runs without errors and answers',
  async (file, query) => {
    const { status, body } = await ctx.server.post(query);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expectations[file]!(body.data);
  },
);

/** The operation names declared in the example files. */
const operationNames = examples.map((e) => /\bquery\s+(\w+)/.exec(e.query)?.[1]);

async function expectOfflinePlayground(response: Response): Promise<void> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await response.text();
  expect(html).toMatch(/graphiql/i);
  for (const name of operationNames) expect(html).toContain(name);
  const external = [...html.matchAll(/\b(?:src|href)\s*=\s*["']?\s*(https?:)?\/\/[^"'\s>]*/gi)].map(
    (m) => m[0],
  );
  expect(external).toEqual([]);
}

test('the example files declare named operations', () => {
  expect(operationNames).toHaveLength(11);
  expect(operationNames.every((name) => typeof name === 'string')).toBe(true);
});

test('GET /playground serves a self-contained GraphiQL with every example', async () => {
  await expectOfflinePlayground(await fetch(`${ctx.server.url}/playground`));
});

test('GET /graphql from a browser (Accept: text/html) serves the same playground', async () => {
  await expectOfflinePlayground(
    await fetch(ctx.server.graphqlUrl, { headers: { accept: 'text/html' } }),
  );
});

test('the playground is revalidated by a cache, and at /graphql is one variant of the URL by Accept', async () => {
  const atGraphql = await fetch(ctx.server.graphqlUrl, { headers: { accept: 'text/html' } });
  expect(atGraphql.headers.get('cache-control')).toBe('no-cache');
  expect(atGraphql.headers.get('vary')?.toLowerCase()).toContain('accept');
  const own = await fetch(`${ctx.server.url}/playground`);
  expect(own.headers.get('cache-control')).toBe('no-cache');
});

test('a persisted query by GET (no query, a hash in extensions) from a browser is GraphQL, not the playground', async () => {
  const query = '{ graphInfo { seedVersion } }';
  const params = new URLSearchParams({
    extensions: JSON.stringify({
      persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
    }),
  });
  const response = await fetch(`${ctx.server.graphqlUrl}?${params.toString()}`, {
    headers: { accept: 'text/html, application/json;q=0.9', 'apollo-require-preflight': 'true' },
  });
  expect(response.headers.get('content-type')).toMatch(/json/);
  const body = (await response.json()) as Json;
  expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
});
