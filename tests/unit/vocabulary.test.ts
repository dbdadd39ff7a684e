import { GraphQLEnumType, buildASTSchema, parse } from 'graphql';
import {
  ENTITY_KINDS,
  KIND_LABELS,
  MODALITIES,
  MODALITY_NAMES,
  NAME_SCOPES,
  PREDICATES,
  PREDICATE_NAMES,
} from '../../src/domain';
import { loadTypeDefs } from '../../src/schema/type-defs';

const sdl = buildASTSchema(parse(loadTypeDefs()), { assumeValidSDL: true });
const enumValues = (name: string) =>
  (sdl.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('the SDL enums mirror the domain vocabulary', () => {
  test('EntityKind, Predicate, Modality and NameScope', () => {
    expect(enumValues('EntityKind')).toEqual([...ENTITY_KINDS]);
    expect(enumValues('Predicate')).toEqual(PREDICATE_NAMES);
    expect(enumValues('Modality')).toEqual(MODALITY_NAMES);
    expect(enumValues('NameScope')).toEqual(NAME_SCOPES.map((s) => s.toUpperCase()));
  });

  test('every predicate allows at least one modality, and every modality has cues', () => {
    for (const predicate of PREDICATE_NAMES)
      expect(PREDICATES[predicate].modalities.length).toBeGreaterThan(0);
    for (const modality of MODALITY_NAMES)
      expect(MODALITIES[modality].cues.length).toBeGreaterThan(0);
  });

  test('only CAUSES states causation', () => {
    const causal = PREDICATE_NAMES.filter((p) =>
      (PREDICATES[p].modalities as readonly string[]).includes('CAUSATION'),
    );
    expect(causal).toEqual(['CAUSES']);
  });
});

describe('vocabulary', () => {
  test.each(PREDICATE_NAMES)(
    'the %s statement template names the subject and the object once each',
    (predicate) => {
      const { statement } = PREDICATES[predicate];
      expect(statement.match(/\{[Ss]\}/g)).toHaveLength(1);
      expect(statement.match(/\{[Oo]\}/g)).toHaveLength(1);
    },
  );

  test('every predicate allows at least one subject kind and one object kind from ENTITY_KINDS', () => {
    for (const predicate of PREDICATE_NAMES) {
      const rule = PREDICATES[predicate];
      expect(rule.subject.length).toBeGreaterThan(0);
      expect(rule.object.length).toBeGreaterThan(0);
      for (const kind of [...rule.subject, ...rule.object]) expect(ENTITY_KINDS).toContain(kind);
    }
  });

  test('KIND_LABELS gives every kind its own label', () => {
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...ENTITY_KINDS].sort());
    const labels = ENTITY_KINDS.map((kind) => KIND_LABELS[kind]);
    expect(new Set(labels).size).toBe(ENTITY_KINDS.length);
    for (const label of labels) {
      expect(label).toMatch(/^[A-Z][A-Za-z]*$/);
      expect(label).not.toBe('Entity');
    }
  });

  test('predicate names are valid Neo4j relationship types', () => {
    for (const predicate of PREDICATE_NAMES) expect(predicate).toMatch(/^[A-Z][A-Z_]*$/);
  });
});
