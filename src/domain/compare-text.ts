// Sorting by text in code-unit order, as `<` compares it: IsoDates sort by date this way, and ids
// and codes sort the same in every locale (localeCompare would not).
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
