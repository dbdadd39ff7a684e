// Runs before `npm start`, `npm test` and `npm run mcp`: on a fresh clone, installs the
// locked dependencies first, so each of the two commands works on its own.
const { execSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
if (!existsSync(path.join(root, 'node_modules', '.bin', 'tsx'))) {
  // Everything on stderr: the stdout of `npm run mcp` is the MCP protocol's alone.
  console.error('Installing dependencies (npm ci) ...');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: ['ignore', 2, 2] });
}
