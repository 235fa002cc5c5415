// Deep equality of the API's `data` and another server's (the floor's, or a normalised projection
// of both the API's and the peer's), with the first few differences spelled out by path: a server
// that answers something else would make its speed meaningless.

export interface Difference {
  path: string;
  api: unknown;
  /** The floor's value (or the peer's). */
  other: unknown;
}

const MAX_DIFFERENCES = 5;

export function differences(api: unknown, other: unknown, path = 'data', found: Difference[] = []): Difference[] {
  if (found.length >= MAX_DIFFERENCES) return found;
  if (Array.isArray(api) && Array.isArray(other)) {
    if (api.length !== other.length) found.push({ path: `${path}.length`, api: api.length, other: other.length });
    for (let i = 0; i < Math.min(api.length, other.length); i++) differences(api[i], other[i], `${path}[${i}]`, found);
    return found;
  }
  if (isObject(api) && isObject(other)) {
    for (const key of new Set([...Object.keys(api), ...Object.keys(other)])) {
      if (!(key in other)) found.push({ path: `${path}.${key}`, api: api[key], other: '(missing)' });
      else if (!(key in api)) found.push({ path: `${path}.${key}`, api: '(missing)', other: other[key] });
      else differences(api[key], other[key], `${path}.${key}`, found);
    }
    return found;
  }
  if (api !== other) found.push({ path, api, other });
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeDifferences(found: Difference[], otherName = 'floor'): string {
  const show = (value: unknown) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 100 ? `${text.slice(0, 100)}…` : text;
  };
  const label = `${otherName}:`.padEnd(Math.max('api:'.length, otherName.length + 1) + 1);
  return found
    .map((d) => `  ${d.path}\n    ${'api:'.padEnd(label.length)}${show(d.api)}\n    ${label}${show(d.other)}`)
    .join('\n');
}
