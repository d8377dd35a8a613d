/**
 * An item's size as DynamoDB bills it (the developer guide's rules, which DynamoDB Local follows
 * to the byte on the items of a case's life): each attribute's name in UTF-8 plus its value;
 * strings in UTF-8, numbers one byte per two significant digits plus one, booleans and nulls one
 * byte, lists and maps 3 bytes plus one per element (and a map element's name).
 */
export function itemSize(item: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += Buffer.byteLength(name) + valueSize(value);
  return size;
}

function valueSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  // Significant digits: leading and trailing zeros are not stored.
  if (typeof value === 'number')
    return (
      Math.ceil(
        String(Math.abs(value))
          .replace('.', '')
          .replace(/^0+|0+$/g, '').length / 2,
      ) + 1
    );
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return 3 + value.reduce<number>((n, v) => n + 1 + valueSize(v), 0);
  if (value instanceof Set) return [...value].reduce<number>((n, v) => n + valueSize(v), 0);
  return 3 + Object.entries(value as Record<string, unknown>).reduce<number>((n, [k, v]) => n + 1 + Buffer.byteLength(k) + valueSize(v), 0);
}
