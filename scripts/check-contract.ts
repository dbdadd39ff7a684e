import path from 'node:path';
import { checkContract } from './contract/check';

/**
 * `npm run check:contract` (part of `npm run lint`): the GraphQL SDL of
 * schema/ and the MCP tools' schemas against the release kept in
 * schema/released/. A change that can break a client fails unless the
 * version is a new major one whose changelog section names it, and nothing
 * goes that the release had not deprecated. Takes another root (holding
 * schema/ and seeds/) as its argument.
 */
async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  const { versions, breaking, others, problems } = await checkContract(root);
  const against = `${versions.current} against the released ${versions.released}`;
  if (problems.length > 0) {
    console.error(`The contract check fails (${against}):\n${problems.join('\n')}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `The contract holds (${against}): ${breaking.length} breaking change(s), ${others.length} other change(s) to the SDL.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
