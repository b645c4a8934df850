import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { auditCommand } from './audit.js';
import { initCommand } from './init.js';
import { rankCommand } from './rank.js';
import { rollupCommand } from './rollup.js';
import { run } from './run.js';
import { scorecardCommand } from './scorecard.js';

process.exitCode = run(
  process.argv.slice(2),
  {
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    listFolder: (path) =>
      statSync(path, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(path) : null,
  },
  {
    scorecard: scorecardCommand,
    audit: auditCommand,
    init: initCommand,
    rollup: rollupCommand,
    rank: rankCommand,
  },
);
