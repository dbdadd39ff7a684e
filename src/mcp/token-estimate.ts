/**
 * How many tokens a text costs a model, estimated from above: one token per
 * 2.5 bytes of UTF-8. English prose and JSON run at 3 to 4.5 bytes a token in
 * the BPE tokenizers measured, ids and the cursor (base64) nearer 2.5
 * (tests/mcp/token-budget.test.ts checks the estimate against o200k and
 * cl100k on the largest results), so a result estimated within its budget is
 * within it for those models too. Cheap enough to run on every fact.
 */
const BYTES_PER_TOKEN = 2.5;

export function estimateTokens(text: string): number {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / BYTES_PER_TOKEN);
}
