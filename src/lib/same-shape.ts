/**
 * Whether `value` (a draft's JSON, say) has the shape of `model`: the same keys at every depth,
 * each the same kind of value (null matching anything the model leaves null or optional), and
 * arrays whose items are shaped like the model's first item. A draft saved by an older form,
 * or altered on the way, is then not put back into a form that could not hold it.
 */
export function sameShape(model: unknown, value: unknown): boolean {
  if (model === null || value === null) return true;
  if (Array.isArray(model)) {
    if (!Array.isArray(value)) return false;
    const [first] = model as unknown[];
    return first === undefined || value.every((item) => sameShape(first, item));
  }
  if (typeof model === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) return false;
    const modelKeys = Object.keys(model).sort();
    const valueKeys = Object.keys(value).sort();
    if (modelKeys.join('\u0000') !== valueKeys.join('\u0000')) return false;
    return modelKeys.every((key) =>
      sameShape((model as Record<string, unknown>)[key], (value as Record<string, unknown>)[key]),
    );
  }
  return typeof model === typeof value;
}
