/**
 * Finds where a key path sits in a YAML text, by re-parsing the text with the `yaml` library only
 * when a position is asked for (errors and provenance); parsed documents are cached per text.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

interface Indexed {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
}

const cache = new Map<string, Indexed>();
const MAX_CACHED = 2000;

/** Position of a key path inside a YAML text. */
export interface PathPosition {
  readonly line: number;
  readonly col: number;
  /** False when only a prefix of the path was found (e.g. the value came through `!include`). */
  readonly exact: boolean;
}

/**
 * 1-based position of the key (for map entries) or item (for list entries) at `keyPath` in
 * `text`; the deepest existing ancestor when the full path is absent; line 1 col 1 for `[]`.
 */
export function positionOf(text: string, keyPath: readonly (string | number)[]): PathPosition {
  const { doc, lineCounter } = indexed(text);
  let node = doc.contents;
  let offset = 0;
  let exact = true;
  for (const seg of keyPath) {
    if (node && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
    if (node && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) {
        exact = false;
        break;
      }
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (node && isSeq(node) && typeof seg === "number" && seg < node.items.length) {
      const item = node.items[seg] as Node | null;
      offset = item?.range?.[0] ?? offset;
      node = item;
    } else {
      exact = false;
      break;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, col, exact };
}

function indexed(text: string): Indexed {
  let hit = cache.get(text);
  if (!hit) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, merge: true, strict: false });
    hit = { doc, lineCounter };
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, hit);
  }
  return hit;
}
