import { print } from 'graphql';
import {
  PathFromAlzheimersToMyoclonusDocument,
  UnderlyingCausesOfSecondaryMyoclonusDocument,
  type PathFromAlzheimersToMyoclonusQuery,
  type UnderlyingCausesOfSecondaryMyoclonusQuery,
} from '../../src/generated/operations';
import { useSeededServer } from '../fixtures/seeded-server';

/**
 * The example operations as typed documents generated from the SDL: a client
 * written this way fails to compile when the contract changes under it.
 */
const ctx = useSeededServer();

test('the underlying causes of secondary myoclonus, typed end to end', async () => {
  const { body } = await ctx.server.post<UnderlyingCausesOfSecondaryMyoclonusQuery>(
    print(UnderlyingCausesOfSecondaryMyoclonusDocument),
  );
  const links = body.data?.condition?.underlyingCauses ?? [];
  const stroke = links.find((link) => link.cause.id === 'stroke');
  expect(stroke?.group?.name).toBe('Neurological condition');
  expect(stroke?.facts.map((fact) => fact.statement)).toEqual([
    'Stroke is a kind of neurological condition.',
    'Neurological condition is an underlying cause of secondary myoclonus (somewhat more common with a neurological condition).',
  ]);
  expect(stroke?.citation).toMatchObject({
    section: 'Who Is At Risk For Myoclonus?',
    paragraph: 2,
  });
});

test('the path from Alzheimer’s disease to myoclonus, typed end to end', async () => {
  const { body } = await ctx.server.post<PathFromAlzheimersToMyoclonusQuery>(
    print(PathFromAlzheimersToMyoclonusDocument),
  );
  expect(body.data?.path?.entities.map((entity) => entity.id)).toEqual([
    'alzheimers-disease',
    'neurological-condition',
    'secondary-myoclonus',
    'myoclonus',
  ]);
});
