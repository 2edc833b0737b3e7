/**
 * The security promises of docs/SECURITY.md that a test can hold: the add-in asks for no more than
 * it needs, the task pane may load nothing but office.js, and no workbook text is ever run as code.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return Promise.resolve(/\.(ts|tsx|js|html)$/.test(entry.name) ? [full] : []);
    }),
  );
  return nested.flat();
}

describe('the manifest', () => {
  let manifest: string;
  beforeAll(async () => {
    manifest = await fs.readFile(path.join(root, 'manifest.xml'), 'utf8');
  });

  it('asks for document access no wider than ReadWriteDocument, and nothing of mail', () => {
    const permissions = [...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) =>
      m[1].trim(),
    );
    expect(permissions).toHaveLength(1);
    expect(['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument']).toContain(
      permissions[0],
    );
  });

  it('lets the add-in navigate to no other domain, and serves every page over HTTPS', () => {
    expect(manifest).not.toMatch(/<AppDomain>/);
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith('https://'))).toEqual([]);
  });
});

describe('the task pane’s Content-Security-Policy', () => {
  let policy: Map<string, string[]>;
  beforeAll(async () => {
    const html = await fs.readFile(path.join(root, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    policy = new Map(
      content
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0] !== '')
        .map(([name, ...values]) => [name, values]),
    );
  });

  it('lets scripts come only from the pane itself and the Office CDN, and never from eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('lets the pane connect to nothing but its own origin, and embed no plug-ins', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });
});

describe('no workbook text is ever run as code or markup', () => {
  it('no source file uses eval, new Function, innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', async () => {
    const banned =
      /\beval\s*\(|\bnew\s+Function\s*\(|\.innerHTML\b|\.outerHTML\b|\binsertAdjacentHTML\b|\bdocument\.write\b|\bdangerouslySetInnerHTML\b/;
    const offenders: string[] = [];
    for (const file of await sourceFiles(path.join(root, 'src'))) {
      const lines = (await fs.readFile(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (banned.test(line)) offenders.push(`${path.relative(root, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('lint forbids eval and React’s dangerouslySetInnerHTML in every source file', () => {
    for (const file of ['src/taskpane/App.tsx', 'src/core/plan/read.ts']) {
      // ESLint loads its config with a dynamic import, which jest's module system cannot run.
      const printed = spawnSync(
        process.execPath,
        [path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--print-config', file],
        { cwd: root, encoding: 'utf8' },
      );
      const rules = (JSON.parse(printed.stdout) as { rules: Record<string, unknown> }).rules;
      expect([file, severity(rules['no-eval']), severity(rules['react/no-danger'])]).toEqual([file, 2, 2]);
    }
  });
});

function severity(setting: unknown): number | undefined {
  const level = Array.isArray(setting) ? setting[0] : setting;
  return level === 'error' ? 2 : level === 'warn' ? 1 : typeof level === 'number' ? level : undefined;
}

describe('scripts/audit.js', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'apt-audit-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function audit(report: unknown, env: Record<string, string> = {}) {
    const file = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
    await fs.writeFile(file, JSON.stringify(report));
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'audit.js'), '--report', file], {
      encoding: 'utf8',
      env: { ...process.env, CI: '', ...env },
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  }

  const advisory = (severity: string) => ({
    name: 'left-pad',
    severity,
    via: [
      { source: 1, url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', title: 'Prototype pollution' },
    ],
  });
  const report = (vulnerabilities: Record<string, unknown>) => ({
    vulnerabilities,
    metadata: { vulnerabilities: { critical: 0, high: 1, moderate: 0 } },
  });

  it('fails on a high advisory, naming the package and the advisory', async () => {
    const result = await audit(report({ 'left-pad': advisory('high') }));
    expect(result.code).toBe(1);
    expect(result.err).toBe('audit: high: left-pad: GHSA-aaaa-bbbb-cccc Prototype pollution\n');
  });

  it('passes moderate and low advisories', async () => {
    const result = await audit(report({ 'left-pad': advisory('moderate') }));
    expect(result.code).toBe(0);
    expect(result.out).toContain('audit: 0 high or critical advisories not excepted');
  });

  it('says in one line when the audit service does not answer, with its own exit status', async () => {
    const refused = {
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    };
    const result = await audit(refused);
    // 3, not 0: nothing was checked, and callers must be able to tell that from a clean audit.
    expect(result.code).toBe(3);
    expect(result.err).toBe(
      "audit: the registry's audit service did not answer (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk); advisories not checked.\n",
    );
  });
});
