// The API-docs gate: typedoc with warnings as errors, then every property of every exported
// interface and class documented too. Properties of types inferred from zod schemas (`__type`
// members) carry no comments of their own and are exempt; their schemas are documented.
import { spawnSync } from 'node:child_process';

const typedoc = (args) =>
  spawnSync('npx', ['typedoc', '--emit', 'none', ...args], { encoding: 'utf8' });

const strict = typedoc([]);
process.stdout.write(strict.stdout);
process.stderr.write(strict.stderr);
if (strict.status !== 0) process.exit(strict.status ?? 1);

const properties = typedoc([
  '--treatWarningsAsErrors',
  'false',
  '--requiredToBeDocumented',
  'Property',
]);
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
const lines = `${properties.stdout}${properties.stderr}`.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
const missing = lines.filter(
  (line) => line.includes('does not have any documentation') && !line.includes('__type'),
);
if (missing.length > 0) {
  console.error(`Undocumented properties:\n${missing.join('\n')}`);
  process.exit(1);
}
console.log('check-docs: every export and every interface property is documented');
