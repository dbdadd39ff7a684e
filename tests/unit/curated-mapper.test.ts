import { toConcept } from '../../src/graph/read/curated-mapper';
import { RecordMapper } from '../../src/graph/read/record-mapper';

const curatedRow = {
  id: 'MONDO:0009697',
  kind: 'DISEASE',
  isArticleEntity: false,
  category: 'biolink:Disease',
  name: 'Lafora disease',
  definition: null,
  synonyms: ['Lafora disease'],
  curies: ['MONDO:0009697', 'OMIM:254780', 'ORPHA:501'],
  source: null,
  names: JSON.stringify([
    { text: 'Lafora disease', scope: 'exact', type: 'label' },
    { text: 'EPILEPSY, PROGRESSIVE MYOCLONIC, 2A', scope: 'related' },
  ]),
};

describe('toConcept', () => {
  const map = new RecordMapper();

  it("gives a curated node's names as its JSON text says, each with its scope and type", () => {
    expect(toConcept(curatedRow, map).names).toEqual([
      { text: 'Lafora disease', scope: 'exact', type: 'label' },
      { text: 'EPILEPSY, PROGRESSIVE MYOCLONIC, 2A', scope: 'related', type: null },
    ]);
  });

  it('reads the names once: the same array on every read, and writable like any field', () => {
    const concept = toConcept(curatedRow, map);
    const first = concept.names;
    expect(concept.names).toBe(first);
    concept.names = [];
    expect(concept.names).toEqual([]);
    const unread = toConcept(curatedRow, map);
    unread.names = [];
    expect(unread.names).toEqual([]);
  });

  it('is plain data to every reader: JSON, spreading and cloning carry the names', () => {
    const concept = toConcept(curatedRow, map);
    const eager = { ...concept };
    expect(eager.names).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(toConcept(curatedRow, map))).names).toHaveLength(2);
    expect(structuredClone(toConcept(curatedRow, map)).names).toHaveLength(2);
    expect(Object.keys(toConcept(curatedRow, map))).toContain('names');
  });

  it("gives an article entity no curated names, whatever the row's names column holds", () => {
    const entity = toConcept(
      { ...curatedRow, id: 'myoclonus', isArticleEntity: true, names: curatedRow.names },
      map,
    );
    expect(entity.names).toEqual([]);
  });

  it('fails on a names text that is not JSON when the names are read, and not before', () => {
    const concept = toConcept({ ...curatedRow, names: '[{' }, map);
    expect(concept.name).toBe('Lafora disease');
    expect(() => concept.names).toThrow(SyntaxError);
  });
});
