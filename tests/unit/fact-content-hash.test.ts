import { ErrorCode } from '../../src/errors';
import type { GraphReader } from '../../src/graph/read';
import { contentHashOf } from '../../src/mcp/fact-answers';

/**
 * get_facts gives the content hash its facts were read with, so that a
 * cursor made from it describes exactly those facts.
 */
/** The hash each read of a call brought (the article's facts of each entity, the curated statements). */
const answer = (contentHash: string | null) => contentHash;
const reader = (hash: string) => {
  const graphInfo = jest.fn(async () => ({ contentHash: hash }));
  return { reader: { graphInfo } as unknown as GraphReader, graphInfo };
};

test('the hash the pages were read with is the answer’s, without asking again', async () => {
  const { reader: r, graphInfo } = reader('asked');
  expect(await contentHashOf(r, [answer('a'), answer(null), answer('a')])).toBe('a');
  expect(graphInfo).not.toHaveBeenCalled();
});

test('when no page was read (nothing found), the graph is asked for its hash', async () => {
  const { reader: r, graphInfo } = reader('asked');
  expect(await contentHashOf(r, [answer(null)])).toBe('asked');
  expect(graphInfo).toHaveBeenCalledTimes(1);
});

test('pages read across a reseed are refused, to be asked again, never mixed', async () => {
  const { reader: r } = reader('asked');
  await expect(contentHashOf(r, [answer('before'), answer('after')])).rejects.toMatchObject({
    code: ErrorCode.SERVICE_UNAVAILABLE,
    message: expect.stringMatching(/reseeded during this call/),
  });
});
