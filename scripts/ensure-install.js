// Runs before `npm start` and `npm test`: on a fresh clone, installs the
// locked dependencies first, so each of the two commands works on its own.
const { execSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
if (!existsSync(path.join(root, 'node_modules', '.bin', 'tsx'))) {
  console.log('Installing dependencies (npm ci) ...');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
