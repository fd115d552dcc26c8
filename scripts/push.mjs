// `npm run push` / `npm run deploy`: pushes dist/ with clasp after lint, tests and build have passed
// (package.json runs those first). Refuses clearly when .clasp.json still holds the placeholder id.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const clasp = JSON.parse(readFileSync('.clasp.json', 'utf8'));
if (!clasp.scriptId || clasp.scriptId.startsWith('REPLACE_')) {
  console.error(
    'push: put your Apps Script project id in .clasp.json ("scriptId"); see README "Deploying to Google".',
  );
  process.exit(2);
}
const run = (args) => {
  const result = spawnSync('npx', ['clasp', ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (process.argv.includes('--deploy'))
  run(['create-deployment', '--description', `Tandem ${new Date().toISOString()}`]);
else run(['push', '--force']);
