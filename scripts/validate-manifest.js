#!/usr/bin/env node
'use strict';
/**
 * Offline check of the add-in manifest: `node scripts/validate-manifest.js [manifest.xml]`.
 *
 * 1. XSD validation with xmllint against the Office add-in manifest schemas (the online
 *    `office-addin-manifest validate` needs a network service; these schemas do not).
 * 2. What the schemas cannot say: every resid names a resource of the right kind, every URL is
 *    https, and every icon exists in assets/ at the size its name or resource id declares.
 * 3. `office-addin-manifest info`, to show what Office will read from the manifest.
 *
 * Exit status: 0 valid; 1 with one line per problem otherwise.
 *
 * Schemas: ../shared/schemas/office-addin-manifest/ beside the repository, or the folder named by
 * APT_MANIFEST_SCHEMAS. Icons: the assets/ folder beside the manifest (so dist/manifest.xml is
 * checked against dist/assets/), or the folder named by --assets DIR.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO_ROOT = path.join(__dirname, '..');
const TOP_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** Each kind of resource, with the element that defines it, for messages. */
const RESOURCE_SECTIONS = {
  Images: '<bt:Image> in <bt:Images>',
  Urls: '<bt:Url> in <bt:Urls>',
  ShortStrings: '<bt:String> in <bt:ShortStrings>',
  LongStrings: '<bt:String> in <bt:LongStrings>',
};

/** The kind of resource each referring element needs (Office rejects, e.g., a long Label). */
const RESID_KIND = {
  'bt:Image': 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

/** Sizes Office documents for the two store icons. */
const STORE_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };

const URL_ELEMENTS = [
  'SourceLocation',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'bt:Url',
  'bt:Image',
];

function parseArgs(argv) {
  const args = { manifest: 'manifest.xml', assets: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--assets') args.assets = argv[++i];
    else args.manifest = argv[i];
  }
  return args;
}

/** Blanks out comments but keeps every newline, so offsets still map to the right line. */
function withoutComments(xml) {
  return xml.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return match ? match[1] : null;
}

/** Every start tag of `element` (e.g. `bt:Image`), with its attributes text and line. */
function startTags(xml, element) {
  const tags = [];
  const pattern = new RegExp(`<${element.replace(':', '\\:')}(?=[\\s/>])[^>]*>`, 'g');
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    tags.push({ tag: match[0], offset: match.index, line: lineAt(xml, match.index) });
  }
  return tags;
}

// ---- XSD validation -------------------------------------------------------------------------

function schemaFolder() {
  return process.env.APT_MANIFEST_SCHEMAS
    ? path.resolve(process.env.APT_MANIFEST_SCHEMAS)
    : path.resolve(REPO_ROOT, '..', 'shared', 'schemas', 'office-addin-manifest');
}

/** `{http://schemas...}Version` -> `Version` (leaves regex quantifiers such as `{1,5}` alone). */
function localName(qualified) {
  return qualified.replace(/\{[a-z]+:\/\/[^}]*\}/g, '');
}

/** A schema error rewritten for a person: what is wrong with `element`, and what to do. */
function explainSchemaError(element, message) {
  const pattern = /\[facet 'pattern'\] The value '([^']*)' is not accepted by the pattern '([^']*)'/.exec(
    message,
  );
  if (pattern && element === 'Version') {
    return `'${pattern[1]}' is not a valid version; write one to four numbers separated by dots, e.g. 1.0.0.0`;
  }
  if (pattern && element === 'Id') {
    return (
      `'${pattern[1]}' is not a GUID; use one such as 15465978-2d2b-4797-a819-9111937a8bd1 ` +
      `(node -e "console.log(crypto.randomUUID())")`
    );
  }
  if (pattern) return `'${pattern[1]}' does not match the form the schema requires (${pattern[2]})`;
  const asTags = (list) =>
    list
      .split(/,\s*/)
      .map((name) => `<${name}>`)
      .join(' or ');
  const unexpected = /This element is not expected\. Expected is (?:one of )?\( ([^)]*) \)/.exec(message);
  if (unexpected) {
    return (
      `found <${element}> where the schema expects ${asTags(unexpected[1])}; add the missing element before ` +
      `<${element}>, or move <${element}> to where it belongs`
    );
  }
  const missing = /Missing child element\(s\)\. Expected is (?:one of )?\( ([^)]*) \)/.exec(message);
  if (missing) return `a child element is missing; add ${asTags(missing[1])} inside <${element}>`;
  return message.replace(/\.$/, '');
}

/** Turns xmllint's stderr into one problem per error line; `file:12: element X: ... : message`. */
function schemaProblems(stderr, displayName) {
  const problems = [];
  for (const raw of stderr.split('\n')) {
    const match = /^.*?:(\d+): (?:element (\S+): )?(Schemas validity error|parser error) : (.*)$/.exec(raw);
    if (!match) continue;
    const [, line, element, kind, rawMessage] = match;
    const message = localName(rawMessage).replace(/^Element '[^']*': /, '');
    if (kind === 'parser error') {
      problems.push(`${displayName} line ${line}: not well-formed XML: ${message.replace(/\.$/, '')}.`);
    } else {
      const name = element ? localName(element) : 'element';
      problems.push(`${displayName} line ${line}, <${name}>: ${explainSchemaError(name, message)}.`);
    }
  }
  return problems;
}

/** Returns { problems, wellFormed }. */
function validateAgainstSchema(manifestPath, displayName) {
  const folder = schemaFolder();
  const topSchema = path.join(folder, TOP_SCHEMA);
  if (!fs.existsSync(topSchema)) {
    return {
      wellFormed: false,
      problems: [
        `Manifest schemas not found: ${topSchema} does not exist. Put the shared/ folder beside the ` +
          `repository, or set APT_MANIFEST_SCHEMAS to the folder that holds ${TOP_SCHEMA}.`,
      ],
    };
  }
  const run = spawnSync('xmllint', ['--noout', '--schema', topSchema, manifestPath], { encoding: 'utf8' });
  if (run.error && run.error.code === 'ENOENT') {
    return {
      wellFormed: false,
      problems: [
        'xmllint is not installed: install it with `apt-get install -y --no-install-recommends libxml2-utils` ' +
          '(Debian/Ubuntu) and run this again.',
      ],
    };
  }
  if (run.status === 0) return { wellFormed: true, problems: [] };
  // xmllint: 1-2 the document is not well-formed XML, 3 invalid, 4-5 the schema itself is unusable.
  if (run.status === 4 || run.status === 5) {
    return {
      wellFormed: false,
      problems: [
        `The schemas in ${folder} could not be loaded by xmllint: ${run.stderr.trim().split('\n').pop()}`,
      ],
    };
  }
  const problems = schemaProblems(run.stderr, displayName);
  if (problems.length === 0) problems.push(`${displayName}: xmllint rejected it: ${run.stderr.trim()}`);
  return { wellFormed: run.status === 3, problems };
}

// ---- Checks the schema cannot make ------------------------------------------------------------

/** Resource ids by id: { kind, line }; and problems for ids defined twice. */
function collectResources(xml, displayName) {
  const resources = new Map();
  const problems = [];
  const sections = /<bt:(Images|Urls|ShortStrings|LongStrings)>([\s\S]*?)<\/bt:\1>/g;
  for (let section = sections.exec(xml); section; section = sections.exec(xml)) {
    const kind = section[1];
    const bodyOffset = section.index + section[0].indexOf('>') + 1;
    const definitions = /<bt:(?:Image|Url|String)\s[^>]*>/g;
    for (let def = definitions.exec(section[2]); def; def = definitions.exec(section[2])) {
      const id = attribute(def[0], 'id');
      const line = lineAt(xml, bodyOffset + def.index);
      if (id === null) continue; // the schema reports a missing id
      if (resources.has(id)) {
        problems.push(
          `${displayName} line ${line}: resource id "${id}" is defined twice; give each resource its own id.`,
        );
        continue;
      }
      resources.set(id, { kind, line, tag: def[0] });
    }
  }
  return { resources, problems };
}

function checkResids(xml, resources, displayName) {
  const problems = [];
  const uses = /<([\w:]+)(?=\s)[^>]*?\sresid\s*=\s*"([^"]*)"[^>]*>/g;
  for (let use = uses.exec(xml); use; use = uses.exec(xml)) {
    const [, element, resid] = use;
    const line = lineAt(xml, use.index);
    const wanted = RESID_KIND[element];
    const found = resources.get(resid);
    if (!found) {
      const define = wanted ? RESOURCE_SECTIONS[wanted] : 'a resource in <Resources>';
      problems.push(
        `${displayName} line ${line}: <${element} resid="${resid}"> points at no resource; ` +
          `define ${define} with id="${resid}", or correct the resid.`,
      );
    } else if (wanted && found.kind !== wanted) {
      problems.push(
        `${displayName} line ${line}: <${element} resid="${resid}"> points at a resource in <bt:${found.kind}> ` +
          `(line ${found.line}); <${element}> needs ${RESOURCE_SECTIONS[wanted]}.`,
      );
    }
  }
  return problems;
}

/** Every URL the manifest declares: { element, url, line }. */
function collectUrls(xml) {
  const urls = [];
  for (const element of URL_ELEMENTS) {
    for (const { tag, line } of startTags(xml, element)) {
      const value = attribute(tag, 'DefaultValue');
      if (value !== null) urls.push({ element, url: value, line });
    }
  }
  // Locale overrides of URL settings (<Override Locale=".." Value="..."/> inside IconUrl and friends).
  const overrides =
    /<(IconUrl|HighResolutionIconUrl|SupportUrl|SourceLocation|bt:Url|bt:Image)\s[^>]*[^/]>([\s\S]*?)<\/\1>/g;
  for (let parent = overrides.exec(xml); parent; parent = overrides.exec(xml)) {
    const inner = /<(?:bt:)?Override\s[^>]*>/g;
    const innerOffset = parent.index + parent[0].indexOf(parent[2]);
    for (let o = inner.exec(parent[2]); o; o = inner.exec(parent[2])) {
      const value = attribute(o[0], 'Value');
      if (value !== null)
        urls.push({ element: parent[1], url: value, line: lineAt(xml, innerOffset + o.index) });
    }
  }
  const domains = /<AppDomain>([^<]*)<\/AppDomain>/g;
  for (let d = domains.exec(xml); d; d = domains.exec(xml)) {
    urls.push({ element: 'AppDomain', url: d[1].trim(), line: lineAt(xml, d.index) });
  }
  return urls;
}

function checkHttps(urls, displayName) {
  const problems = [];
  for (const { element, url, line } of urls) {
    let protocol = null;
    try {
      protocol = new URL(url).protocol;
    } catch {
      problems.push(
        `${displayName} line ${line}: <${element}> holds "${url}", which is not a full URL; write https://host/path.`,
      );
      continue;
    }
    if (protocol !== 'https:') {
      problems.push(
        `${displayName} line ${line}: <${element}> uses "${url}"; Office only loads add-in content over https, ` +
          `so change it to an https:// address.`,
      );
    }
  }
  return problems;
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The size a name declares: `icon-32.png`, `Icon.32x32`, `logo_80x80.png`; else null. */
function declaredSize(name) {
  const match = /(\d+)x\1(?!\d)/.exec(name) || /[-_.](\d+)(?:\.png)?$/i.exec(name);
  return match ? Number(match[1]) : null;
}

/** Icons in the manifest: { element, url, line, sizes: Set of sizes it must have }. */
function collectIcons(xml, resources) {
  const icons = [];
  for (const element of Object.keys(STORE_ICON_SIZES)) {
    for (const { tag, line } of startTags(xml, element)) {
      const url = attribute(tag, 'DefaultValue');
      if (url) icons.push({ element, url, line, sizes: new Set([STORE_ICON_SIZES[element]]) });
    }
  }
  const sizeByResid = new Map();
  for (const { tag } of startTags(xml, 'bt:Image')) {
    const resid = attribute(tag, 'resid');
    const size = attribute(tag, 'size');
    if (resid && size) {
      if (!sizeByResid.has(resid)) sizeByResid.set(resid, new Set());
      sizeByResid.get(resid).add(Number(size));
    }
  }
  for (const [id, resource] of resources) {
    if (resource.kind !== 'Images') continue;
    const url = attribute(resource.tag, 'DefaultValue');
    const sizes = new Set(sizeByResid.get(id) || []);
    const fromId = declaredSize(id);
    if (fromId !== null) sizes.add(fromId);
    if (url) icons.push({ element: `bt:Image id="${id}"`, url, line: resource.line, sizes });
  }
  return icons;
}

function checkIcons(icons, assetsDir, displayName) {
  const problems = [];
  for (const icon of icons) {
    const where = `${displayName} line ${icon.line}: <${icon.element}>`;
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(icon.url).pathname);
    } catch {
      continue; // reported by the URL check
    }
    const marker = pathname.lastIndexOf('/assets/');
    if (marker < 0) {
      problems.push(
        `${where} points at ${icon.url}; icons must be served from the assets/ folder (…/assets/icon-32.png).`,
      );
      continue;
    }
    const relative = pathname.slice(marker + '/assets/'.length);
    const file = path.join(assetsDir, relative);
    const fromName = declaredSize(path.basename(relative));
    const sizes = new Set(icon.sizes);
    if (fromName !== null) sizes.add(fromName);
    if (!fs.existsSync(file)) {
      problems.push(
        `${where} points at ${icon.url}, but ${file} does not exist; add the icon (node scripts/make-icons.js) or fix the URL.`,
      );
      continue;
    }
    const actual = pngSize(file);
    if (!actual) {
      problems.push(`${where}: ${file} is not a PNG file; save the icon as PNG.`);
      continue;
    }
    if (sizes.size === 0) {
      problems.push(
        `${where}: cannot tell what size ${path.basename(file)} should be; put the size in its name, e.g. icon-32.png.`,
      );
    }
    for (const size of sizes) {
      if (actual.width !== size || actual.height !== size) {
        problems.push(
          `${where}: ${path.basename(file)} is ${actual.width}x${actual.height} pixels but must be ${size}x${size}; ` +
            `redraw it at ${size}x${size} (node scripts/make-icons.js) or point at the right file.`,
        );
      }
    }
  }
  return problems;
}

// ---- office-addin-manifest info --------------------------------------------------------------

function manifestInfo(manifestPath) {
  const cli = require.resolve('office-addin-manifest/cli.js', { paths: [REPO_ROOT] });
  return spawnSync(process.execPath, [cli, 'info', manifestPath], { encoding: 'utf8' });
}

// ---- main ------------------------------------------------------------------------------------

function validate(manifestPath, assetsDir) {
  const displayName = path.basename(manifestPath);
  if (!fs.existsSync(manifestPath))
    return [`${manifestPath} does not exist; give the path of the manifest to check.`];
  const schema = validateAgainstSchema(manifestPath, displayName);
  if (!schema.wellFormed) return schema.problems;
  const xml = withoutComments(fs.readFileSync(manifestPath, 'utf8'));
  const { resources, problems: duplicateIds } = collectResources(xml, displayName);
  return [
    ...schema.problems,
    ...duplicateIds,
    ...checkResids(xml, resources, displayName),
    ...checkHttps(collectUrls(xml), displayName),
    ...checkIcons(collectIcons(xml, resources), assetsDir, displayName),
  ];
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const manifestPath = path.resolve(args.manifest);
  const assetsDir = path.resolve(args.assets || path.join(path.dirname(manifestPath), 'assets'));
  const problems = validate(manifestPath, assetsDir);
  if (problems.length === 0) {
    const info = manifestInfo(manifestPath);
    if (info.status !== 0)
      problems.push(
        `office-addin-manifest could not read ${args.manifest}: ${(info.stderr || info.stdout).trim()}`,
      );
    else process.stdout.write(info.stdout);
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`error: ${problem}`);
    console.error(
      `${args.manifest}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; the manifest is not valid.`,
    );
    process.exit(1);
  }
  console.log(`${args.manifest} is valid (schema, resource ids, https URLs, icon sizes).`);
}

if (require.main === module) main();

module.exports = { validate, pngSize, declaredSize };
