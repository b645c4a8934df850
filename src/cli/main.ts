import { readFileSync } from 'node:fs';
import { auditCommand } from './audit.js';
import { run } from './run.js';
import { scorecardCommand } from './scorecard.js';

process.exitCode = run(
  process.argv.slice(2),
  {
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  { scorecard: scorecardCommand, audit: auditCommand },
);
