// Runs before `npm start`, `npm test` and `npm run mcp`: on a fresh clone, installs the
// locked dependencies first, so each of the three commands works on its own. The
// dependencies include the project's Node (the `node` package), which npm puts first
// on the scripts' PATH, so everything after this step runs on it.
const { execSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const projectNode = path.join(root, 'node_modules', 'node', 'bin', 'node');
const installed = () =>
  existsSync(path.join(root, 'node_modules', '.bin', 'tsx')) && existsSync(projectNode);

if (!installed()) {
  // Everything on stderr: the stdout of `npm run mcp` is the MCP protocol's alone.
  console.error('Installing dependencies (npm ci) ...');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: ['ignore', 2, 2] });
}
if (!existsSync(projectNode)) {
  const wanted = readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();
  console.error(
    `The project's Node ${wanted} is missing from node_modules: npm skipped the \`node\` ` +
      "package's install script. It is approved in package.json's allowScripts; run " +
      '`npm ci` without --ignore-scripts, or use Node ' +
      `${wanted} yourself.`,
  );
}
