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

test('what lies behind secondary myoclonus, typed end to end, each link as strong as stated', async () => {
  const { body } = await ctx.server.post<UnderlyingCausesOfSecondaryMyoclonusQuery>(
    print(UnderlyingCausesOfSecondaryMyoclonusDocument),
  );
  expect(body.data?.condition?.underlyingCauses).toEqual([]);
  const risks = body.data?.condition?.riskFactors ?? [];
  const group = risks.find((link) => link.riskFactor.id === 'neurological-condition');
  expect(group?.riskFactor.members.map((member) => member.entity.id)).toEqual([
    'alzheimers-disease',
    'dementia',
    'stroke',
  ]);
  expect(group?.fact).toMatchObject({
    modality: 'INCREASED_LIKELIHOOD',
    cue: 'more common',
    statement:
      'Secondary myoclonus is more likely with neurological condition (somewhat more common in people with a neurological condition).',
  });
  expect(group?.citation).toMatchObject({ section: 'Who Is At Risk For Myoclonus?', paragraph: 2 });
  const signs = body.data?.condition?.subtypeOf[0]?.condition.mayIndicate ?? [];
  expect(signs.map((link) => link.fact.frequency)).toEqual(Array(5).fill('in rare cases'));
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
