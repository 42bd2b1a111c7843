// Reports written as streams: a report is a sequence of text pieces (a generator), never one string,
// so its size is bounded by the disk, not by JavaScript's longest string (about 512 MiB), and its
// memory by one piece. Small, reusable parts:
// - `StreamedArray` + `jsonChunks`: JSON.stringify(value, null, 2)'s exact text, with the arrays
//   marked StreamedArray written item by item from any iterable (a generator building each item).
// - `writeLines`: hands the pieces to a sink grouped in whole lines of about `pieceSize` characters
//   (a line is never split: a sink that makes each piece inert for a runner log, like logSafe, sees
//   whole lines), awaiting the sink (backpressure).
// - `joinChunks`: the whole text, for a small report or a test.

/** An array of a JSON document written item by item (its items are made as they are written). */
export class StreamedArray {
  constructor(readonly items: Iterable<unknown>) {}
}

export type Chunks = Iterable<string> | AsyncIterable<string>;

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === 'object' && !(value instanceof StreamedArray) && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
}

/** Whether a StreamedArray is inside `value` (walks plain objects and arrays only: the document's skeleton). */
function holdsStream(value: unknown): boolean {
  if (value instanceof StreamedArray) return true;
  if (!isPlainContainer(value)) return false;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (holdsStream(v)) return true;
  return false;
}

/** JSON.stringify(value, null, 2) of a value at `indent`: every line after the first indented. */
function stringifyAt(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  // JSON.stringify escapes line breaks inside strings: each \n here is between two tokens.
  return indent === '' ? text : text.replace(/\n/g, '\n' + indent);
}

function* arrayChunks(items: Iterable<unknown>, indent: string): Generator<string> {
  const inner = indent + '  ';
  let first = true;
  for (const item of items) {
    yield (first ? '[\n' : ',\n') + inner;
    first = false;
    if (holdsStream(item)) yield* valueChunks(item, inner);
    else yield stringifyAt(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner);
  }
  yield first ? '[]' : '\n' + indent + ']';
}

function* valueChunks(value: unknown, indent: string): Generator<string> {
  if (value instanceof StreamedArray) {
    yield* arrayChunks(value.items, indent);
    return;
  }
  if (!holdsStream(value)) {
    yield stringifyAt(value, indent);
    return;
  }
  if (Array.isArray(value)) {
    yield* arrayChunks(value, indent);
    return;
  }
  const inner = indent + '  ';
  let first = true;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue; // as JSON.stringify
    yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* valueChunks(v, inner);
  }
  yield first ? '{}' : '\n' + indent + '}';
}

/** JSON.stringify(value, null, 2) + "\n", in pieces, with each StreamedArray written item by item. */
export function* jsonChunks(value: unknown): Generator<string> {
  yield* valueChunks(value, '');
  yield '\n';
}

/** The whole text of `chunks` (a synchronous report). */
export function joinChunks(chunks: Iterable<string>): string {
  let out = '';
  for (const c of chunks) out += c;
  return out;
}

/** About 1 MiB of text per write. */
export const PIECE_SIZE = 1 << 20;

/**
 * Writes `chunks` to `sink` in pieces that end at a line break, each of at least `pieceSize`
 * characters (but the last); the text after the last line break goes last. Each chunk is searched
 * once: linear in the text.
 */
export async function writeLines(chunks: Chunks, sink: (piece: string) => void | Promise<void>, pieceSize: number = PIECE_SIZE): Promise<void> {
  let buffer = '';
  for await (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length < pieceSize) continue;
    const at = chunk.lastIndexOf('\n');
    if (at < 0) continue;
    const end = buffer.length - chunk.length + at;
    const piece = buffer.slice(0, end + 1);
    buffer = buffer.slice(end + 1);
    await sink(piece);
  }
  if (buffer !== '') await sink(buffer);
}
