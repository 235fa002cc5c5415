// Deep equality of the API's `data` and the floor's, with the first few differences spelled
// out by path: a floor that answers something else would make its speed meaningless.

export interface Difference {
  path: string;
  api: unknown;
  floor: unknown;
}

const MAX_DIFFERENCES = 5;

export function differences(api: unknown, floor: unknown, path = 'data', found: Difference[] = []): Difference[] {
  if (found.length >= MAX_DIFFERENCES) return found;
  if (Array.isArray(api) && Array.isArray(floor)) {
    if (api.length !== floor.length) found.push({ path: `${path}.length`, api: api.length, floor: floor.length });
    for (let i = 0; i < Math.min(api.length, floor.length); i++) differences(api[i], floor[i], `${path}[${i}]`, found);
    return found;
  }
  if (isObject(api) && isObject(floor)) {
    for (const key of new Set([...Object.keys(api), ...Object.keys(floor)])) {
      if (!(key in floor)) found.push({ path: `${path}.${key}`, api: api[key], floor: '(missing)' });
      else if (!(key in api)) found.push({ path: `${path}.${key}`, api: '(missing)', floor: floor[key] });
      else differences(api[key], floor[key], `${path}.${key}`, found);
    }
    return found;
  }
  if (api !== floor) found.push({ path, api, floor });
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeDifferences(found: Difference[]): string {
  const show = (value: unknown) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 100 ? `${text.slice(0, 100)}…` : text;
  };
  return found.map((d) => `  ${d.path}\n    api:   ${show(d.api)}\n    floor: ${show(d.floor)}`).join('\n');
}
