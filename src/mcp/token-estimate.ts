/**
 * How many tokens a text costs a model, estimated from above: one token per
 * 3 bytes of UTF-8. English prose and JSON run at 3.3 to 4.5 bytes a token
 * in the BPE tokenizers measured (tests/mcp/token-budget.test.ts checks the
 * estimate against o200k and cl100k on the largest results), so a result
 * estimated within its budget is within it for those models too. Cheap
 * enough to run on every fact of a result.
 */
export const BYTES_PER_TOKEN = 3;

export function estimateTokens(text: string): number {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / BYTES_PER_TOKEN);
}
