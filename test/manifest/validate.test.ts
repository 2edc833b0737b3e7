/**
 * scripts/validate-manifest.js on the real manifest and on broken copies of it. Each broken copy
 * has exactly one fault, so exactly one problem must be reported, and it must say what is wrong.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeWithPrograms } from '../support/programs';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const ORIGINAL = fs.readFileSync(MANIFEST, 'utf8');

/** xmllint (Debian package libxml2-utils) is required under CI, as every outside program is. */
const describeIfXmllint = (title: string, body: () => void) => describeWithPrograms(['xmllint'], title, body);

interface Run {
  status: number | null;
  stdout: string;
  errors: string[];
}

function validate(manifestPath: string, env: NodeJS.ProcessEnv = process.env): Run {
  const run = spawnSync(process.execPath, [SCRIPT, manifestPath], { encoding: 'utf8', env });
  const errors = run.stderr.split('\n').filter((line) => line.startsWith('error: '));
  return { status: run.status, stdout: run.stdout, errors };
}

/** 1-based line of the first occurrence of `text` in the original manifest. */
function lineOf(text: string): number {
  const index = ORIGINAL.indexOf(text);
  if (index < 0) throw new Error(`test setup: "${text}" is not in manifest.xml`);
  return ORIGINAL.slice(0, index).split('\n').length;
}

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Writes `manifest` and a copy of assets/ into a fresh temporary folder; returns the manifest's path. */
function brokenCopy(manifest: string, changeAssets?: (assetsDir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apt-manifest-'));
  tempDirs.push(dir);
  fs.cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
  changeAssets?.(path.join(dir, 'assets'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, manifest);
  return file;
}

/** The manifest with `from` replaced by `to`, failing the test setup if `from` is absent. */
function edited(from: string, to: string): string {
  if (!ORIGINAL.includes(from)) throw new Error(`test setup: "${from}" is not in manifest.xml`);
  return ORIGINAL.replace(from, to);
}

describeIfXmllint('validate-manifest', () => {
  it('accepts manifest.xml and prints what office-addin-manifest reads from it', () => {
    const run = validate(MANIFEST);

    expect(run.errors).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Id: 15465978-2d2b-4797-a819-9111937a8bd1');
    expect(run.stdout).toContain('Name: Action Plan Tracker');
    expect(run.stdout).toContain('Permissions: ReadWriteDocument');
    expect(run.stdout).toMatch(/manifest\.xml is valid/);
  });

  it('rejects a manifest without an Id, naming the missing element', () => {
    const line = lineOf('<Version>');
    const run = validate(brokenCopy(edited('<Id>15465978-2d2b-4797-a819-9111937a8bd1</Id>', '')));

    expect(run.status).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`line ${line}`);
    expect(run.errors[0]).toContain('expects <Id>');
  });

  it.each(['1.0.0.0.0', 'abc'])('rejects the version %s and says what a version looks like', (version) => {
    const run = validate(brokenCopy(edited('<Version>0.1.0.0</Version>', `<Version>${version}</Version>`)));

    expect(run.status).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`line ${lineOf('<Version>')}, <Version>`);
    expect(run.errors[0]).toContain(`'${version}' is not a valid version`);
    expect(run.errors[0]).toContain('one to four numbers separated by dots');
  });

  it('rejects a resid that names no resource', () => {
    const use = '<Label resid="RefreshButton.Label"/>';
    const run = validate(brokenCopy(edited(use, '<Label resid="RefreshButton.Caption"/>')));

    expect(run.status).toBe(1);
    expect(run.errors).toEqual([
      expect.stringContaining(
        `line ${lineOf(use)}: <Label resid="RefreshButton.Caption"> points at no resource`,
      ),
    ]);
    expect(run.errors[0]).toContain('<bt:ShortStrings>');
  });

  it('rejects a resid that names a resource of the wrong kind', () => {
    const use = '<Description resid="RefreshButton.Tooltip"/>';
    const run = validate(brokenCopy(edited(use, '<Description resid="RefreshButton.Label"/>')));

    expect(run.status).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`line ${lineOf(use)}`);
    expect(run.errors[0]).toContain('needs <bt:String> in <bt:LongStrings>');
  });

  it('rejects an http URL', () => {
    const support = '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>';
    const run = validate(
      brokenCopy(edited(support, '<SupportUrl DefaultValue="http://localhost:3000/help.html"/>')),
    );

    expect(run.status).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      `line ${lineOf(support)}: <SupportUrl> uses "http://localhost:3000/help.html"`,
    );
    expect(run.errors[0]).toContain('https');
  });

  it('rejects an http AppDomain', () => {
    const hosts = '  <Hosts>\n    <Host Name="Workbook"/>';
    const withDomain = `  <AppDomains>\n    <AppDomain>http://plans.example.org</AppDomain>\n  </AppDomains>\n${hosts}`;
    const run = validate(brokenCopy(edited(hosts, withDomain)));

    expect(run.status).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining('<AppDomain> uses "http://plans.example.org"')]);
  });

  it('rejects an icon whose pixels do not match the size it declares', () => {
    const manifest = brokenCopy(ORIGINAL, (assets) => {
      fs.copyFileSync(path.join(assets, 'icon-16.png'), path.join(assets, 'icon-80.png'));
    });
    const run = validate(manifest);

    expect(run.status).toBe(1);
    // icon-80.png is used once, by the resource Icon.80x80.
    expect(run.errors).toEqual([expect.stringContaining('icon-80.png is 16x16 pixels but must be 80x80')]);
    expect(run.errors[0]).toContain(`line ${lineOf('<bt:Image id="Icon.80x80"')}`);
  });

  it('rejects an icon that is missing from assets/', () => {
    const manifest = brokenCopy(ORIGINAL, (assets) => fs.rmSync(path.join(assets, 'icon-64.png')));
    const run = validate(manifest);

    expect(run.status).toBe(1);
    expect(run.errors).toEqual([
      expect.stringContaining('<HighResolutionIconUrl> points at https://localhost:3000/assets/icon-64.png'),
    ]);
    expect(run.errors[0]).toContain('does not exist');
  });

  it('reports not well-formed XML with its line', () => {
    const run = validate(brokenCopy(edited('</DefaultSettings>', '</DefaultSetting>')));

    expect(run.status).toBe(1);
    expect(run.errors[0]).toContain(`line ${lineOf('</DefaultSettings>')}: not well-formed XML`);
  });
});

describe('validate-manifest without its schemas', () => {
  it('fails with a message that says where the schemas were looked for and how to point elsewhere', () => {
    const missing = path.join(os.tmpdir(), 'apt-no-such-schemas');
    const run = validate(MANIFEST, { ...process.env, APT_MANIFEST_SCHEMAS: missing });

    expect(run.status).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      `Manifest schemas not found: ${path.join(missing, 'OfficeAppManifestV1_1.xsd')}`,
    );
    expect(run.errors[0]).toContain('APT_MANIFEST_SCHEMAS');
  });
});
