import * as domainLimits from '../../src/domain/limits';
import { MAX_ID_LENGTH } from '../../src/domain/limits';
import { MAX_DEPTH, MAX_HOPS } from '../../src/graph/read';
import { TOOL_LIMITS } from '../../src/mcp/limits';
import { ARGUMENT_LIMITS } from '../../src/schema/limits';

type Fragments = typeof import('../../src/graph/read/queries/fragments');
type Queries = typeof import('../../src/graph/read/queries');
type McpLimits = typeof import('../../src/mcp/limits');
type SchemaLimits = typeof import('../../src/schema/limits');
type Prompts = typeof import('../../src/mcp/prompts');

/** The modules as they load when the data layer and the domain state other bounds. */
function loadedWith(bounds: { hops: number; depth: number; idLength: number }) {
  let loaded: { mcp: McpLimits['TOOL_LIMITS']; schema: SchemaLimits['ARGUMENT_LIMITS'] } & Pick<
    Queries,
    'SHORTEST_PATH' | 'FACTS_ABOUT'
  >;
  jest.isolateModules(() => {
    jest.doMock('../../src/graph/read/queries/fragments', () => ({
      ...jest.requireActual<Fragments>('../../src/graph/read/queries/fragments'),
      MAX_HOPS: bounds.hops,
      MAX_DEPTH: bounds.depth,
    }));
    jest.doMock('../../src/domain/limits', () => ({
      ...domainLimits,
      MAX_ID_LENGTH: bounds.idLength,
    }));
    const queries = jest.requireActual<Queries>('../../src/graph/read/queries');
    loaded = {
      mcp: jest.requireActual<McpLimits>('../../src/mcp/limits').TOOL_LIMITS,
      schema: jest.requireActual<SchemaLimits>('../../src/schema/limits').ARGUMENT_LIMITS,
      SHORTEST_PATH: queries.SHORTEST_PATH,
      FACTS_ABOUT: queries.FACTS_ABOUT,
    };
  });
  return loaded!;
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("the MCP tools' bounds", () => {
  test('are those the tools have always stated: 4 hops, depth 2, ids of 200 characters', () => {
    expect([TOOL_LIMITS.maxHops, TOOL_LIMITS.maxDepth, TOOL_LIMITS.maxIdLength]).toEqual([
      4, 2, 200,
    ]);
    expect(TOOL_LIMITS.maxHops).toBeLessThanOrEqual(MAX_HOPS);
    expect(TOOL_LIMITS.maxDepth).toBeLessThanOrEqual(MAX_DEPTH);
  });

  test('both doors take the longest id from one place', () => {
    expect(TOOL_LIMITS.maxIdLength).toBe(MAX_ID_LENGTH);
    expect(ARGUMENT_LIMITS.maxIdLength).toBe(MAX_ID_LENGTH);
    const other = loadedWith({ hops: MAX_HOPS, depth: MAX_DEPTH, idLength: 50 });
    expect([other.mcp.maxIdLength, other.schema.maxIdLength]).toEqual([50, 50]);
  });

  test("never pass the data layer's: every hop count and depth a tool allows has its statement", () => {
    const lower = loadedWith({ hops: 2, depth: 1, idLength: MAX_ID_LENGTH });
    expect([lower.mcp.maxHops, lower.mcp.maxDepth]).toEqual([2, 1]);
    for (const hops of upTo(lower.mcp.maxHops)) expect(lower.SHORTEST_PATH[hops]).toBeDefined();
    for (const depth of upTo(lower.mcp.maxDepth)) expect(lower.FACTS_ABOUT[depth]).toBeDefined();
    // Higher bounds in the data layer leave the tools' contract as it is.
    const higher = loadedWith({ hops: 9, depth: 5, idLength: MAX_ID_LENGTH });
    expect([higher.mcp.maxHops, higher.mcp.maxDepth]).toEqual([4, 2]);
  });
});

describe('one constant for each bound', () => {
  /** The MCP door's modules as they load when the domain and the tools state other bounds. */
  function mcpDoorWith(domain: Record<string, number>, tools: Record<string, number>) {
    let loaded: { mcp: McpLimits['TOOL_LIMITS']; prompts: Prompts };
    jest.isolateModules(() => {
      jest.doMock('../../src/domain/limits', () => ({ ...domainLimits, ...domain }));
      const actual = jest.requireActual<McpLimits>('../../src/mcp/limits');
      jest.doMock('../../src/mcp/limits', () => ({
        TOOL_LIMITS: { ...actual.TOOL_LIMITS, ...tools },
      }));
      loaded = {
        mcp: actual.TOOL_LIMITS,
        prompts: jest.requireActual<Prompts>('../../src/mcp/prompts'),
      };
    });
    return loaded!;
  }

  test("resolve_entity's text is as long as a search's, at either door", () => {
    expect(TOOL_LIMITS.maxTextLength).toBe(domainLimits.MAX_SEARCH_TEXT_LENGTH);
    expect(ARGUMENT_LIMITS.maxSearchTextLength).toBe(domainLimits.MAX_SEARCH_TEXT_LENGTH);
    expect(mcpDoorWith({ MAX_SEARCH_TEXT_LENGTH: 50 }, {}).mcp.maxTextLength).toBe(50);
  });

  test('the prompt states the ids one get_facts takes', () => {
    const { answerWithCitationsText } = mcpDoorWith({}, { maxEntityIds: 3 }).prompts;
    expect(answerWithCitationsText('what is myoclonus?')).toContain('(up to 3)');
    expect(answerWithCitationsText('what is myoclonus?')).not.toContain('up to 5');
  });
});
