import { entityRef, nodeRefId, unreleasedId } from '../../src/domain';
import { normalizeCurie } from '../../src/domain/curies';

describe('normalizeCurie', () => {
  test.each([
    ['HP:0001336', 'HP:0001336'],
    ['hp:0001336', 'HP:0001336'],
    ['mondo:0009698', 'MONDO:0009698'],
    ['omim:254800', 'OMIM:254800'],
    ['ncbigene:1476', 'NCBIGene:1476'],
    ['NCBIGENE:1476', 'NCBIGene:1476'],
    ['MeSH:D009207', 'MESH:D009207'],
    ['ORPHA:307', 'ORPHA:307'],
    ['orpha:307', 'ORPHA:307'],
    ['Orphanet:307', 'ORPHA:307'],
    ['orphanet:307', 'ORPHA:307'],
    ['ORPHANET:307', 'ORPHA:307'],
    ['  Orphanet:307 ', 'ORPHA:307'],
  ])('%s is %s', (typed, curie) => {
    expect(normalizeCurie(typed)).toBe(curie);
  });

  test.each([['XYZ:123'], ['ORPHA:'], ['ORPHA: 307'], ['myoclonus'], ['1HP:0001336']])(
    '%s is no CURIE a node may carry',
    (typed) => {
      expect(normalizeCurie(typed)).toBeNull();
    },
  );
});

describe('nodeRefId', () => {
  test('every spelling of a prefix names the same node', () => {
    const ids = ['Orphanet:307', 'orphanet:307', 'ORPHA:307', 'orpha:307'].map(nodeRefId);
    expect(new Set(ids)).toEqual(new Set(['ORPHA:307']));
  });

  test("a release's own CURIE is its id, an id and an unknown prefix stay as typed", () => {
    expect(nodeRefId('MYOKG:myoclonus')).toBe('myoclonus');
    expect(nodeRefId('myoclonus')).toBe('myoclonus');
    expect(nodeRefId('XYZ:123')).toBe('XYZ:123');
  });

  test('an entity is matched by cross-references only: a curated prefix is none', () => {
    expect(entityRef('mesh:D009207')).toEqual({ curie: 'MESH:D009207' });
    expect(entityRef('Orphanet:307')).toEqual({ curie: null });
  });
});

describe('unreleasedId', () => {
  test("a release's MYOKG: comes off any entity or fact id, one holding CURIEs too", () => {
    const statement = 'MONDO:0007298--has_phenotype--HP:0000570--OMIM:117360';
    expect(unreleasedId(`MYOKG:${statement}`)).toBe(statement);
    expect(unreleasedId(`myokg:${statement}`)).toBe(statement);
    expect(unreleasedId(statement)).toBe(statement);
    expect(unreleasedId('MYOKG:anti-seizure-medication')).toBe('anti-seizure-medication');
    expect(unreleasedId('anti-seizure-medication')).toBe('anti-seizure-medication');
  });

  test('an entity is still named by MYOKG: and its id alone', () => {
    expect(entityRef('MYOKG:myoclonus')).toEqual({ id: 'myoclonus' });
    expect(entityRef('MYOKG:MONDO:0007298')).toEqual({ curie: null });
  });
});
