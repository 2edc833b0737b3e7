/**
 * Tests that need an outside program (Chromium, LibreOffice, pdftotext, xmllint) run when it is
 * installed. Under CI (CI=true) the program is required: a missing one fails the suite rather than
 * skipping it silently. Elsewhere a missing program is reported in one line and the suite is skipped.
 */
import { spawnSync } from 'child_process';

export function hasProgram(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export function describeWithPrograms(programs: string[], title: string, body: () => void): void {
  const missing = programs.filter((program) => !hasProgram(program));
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(title, () => {
      it(`needs ${missing.join(', ')} installed`, () => {
        throw new Error(`${missing.join(', ')} not installed: CI requires it (see .ci/run).`);
      });
    });
    return;
  }
  console.warn(`Skipping "${title}": ${missing.join(', ')} not installed (install it to run these tests).`);
  const describeSkipped = describe.skip;
  describeSkipped(title, body);
}
