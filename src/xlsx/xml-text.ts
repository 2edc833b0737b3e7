/**
 * Text in and out of the XML of a workbook package. Writers escape everything they put in; readers
 * of our own small edits (a tag's attributes) decode what they take out.
 */

/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab and line breaks): Excel writes them
 * as `_xHHHH_`, and so do we, so a vertical tab pasted from Word survives instead of breaking the file.
 */
const XML_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
/** A literal `_xHHHH_` in the text would be read back as an escape: Excel escapes its `_` as `_x005F_`. */
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
/** A lone surrogate is not a character at all; it becomes the replacement character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Any character that needs more than copying: markup, controls, `_` (escapes), surrogates. */
const NEEDS_WORK = /[&<>\x00-\x1F_\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Cell text as the content of a `<t>` element, with Excel's escapes for characters XML forbids. */
export function cellTextXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  const encoded = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(LITERAL_ESCAPE, '_x005F_$1')
    .replace(XML_FORBIDDEN, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeMarkup(encoded);
}

/** Text as element content where no escapes are defined (footers, defined names): forbidden characters dropped. */
export function xmlText(text: string): string {
  return escapeMarkup(text.replace(LONE_SURROGATE, '\uFFFD').replace(XML_FORBIDDEN, ''));
}

/** Text as a double-quoted attribute value. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
}

export function decodeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|quot|apos|amp));/g, (_, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name as string] ?? '';
  });
}

/** The decoded value of attribute `name` in a start tag, or null when the tag has none. */
export function attributeOf(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXml(match[1] ?? match[2]) : null;
}

/** The start tag with attribute `name` set to `value` (added when missing), or removed when `value` is null. */
export function withAttribute(tag: string, name: string, value: string | null): string {
  const pattern = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const without = tag.replace(pattern, '');
  if (value === null) return without;
  const end = without.endsWith('/>') ? without.length - 2 : without.length - 1;
  return `${without.slice(0, end)} ${name}="${xmlAttribute(value)}"${without.slice(end)}`;
}
