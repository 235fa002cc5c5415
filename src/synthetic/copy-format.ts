// Rows in PostgreSQL's COPY text format: tab-separated columns, \N for NULL, backslash escapes
// for backslash, tab, newline and carriage return, and array literals for text[] columns.

export type CopyValue = string | number | null | readonly string[];

const special = /[\\\t\n\r]/g;
const replacements: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeText(text: string): string {
  return text.replace(special, (c) => replacements[c]!);
}

/** `{"a","b \"c\""}`: every element quoted, so commas, braces and spaces need no further thought. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

function encodeValue(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot copy the number ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return escapeText(value);
  return escapeText(arrayLiteral(value));
}

/** One line of COPY text, newline included. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : '\t') + encodeValue(values[i]!);
  return `${line}\n`;
}
