import { DECK_VERSION, type Deck, DeckSchema } from "./deck-schema";

/** A deck link longer than this is refused before anything is decompressed. */
export const MAX_DECK_PARAM = 12_000;
/** Decompression stops here, so a small link cannot expand into a huge document. */
export const MAX_DECK_JSON = 64_000;

export type DeckProblem = "deck.tooLarge" | "deck.newerVersion" | "deck.unreadable" | "deck.invalid";
export type DeckResult = { deck: Deck; error: null } | { deck: null; error: DeckProblem };

/** The `deck` URL value: its format version, a dot, then deflate-raw JSON in base64url. */
export const DECK_PARAM = /^\d{1,3}\.[A-Za-z0-9_-]+$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

const streamOf = (bytes: Uint8Array<ArrayBuffer>) =>
  new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

export async function encodeDeck(deck: Deck): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(DeckSchema.parse(deck)));
  const packed = await readAll(streamOf(json).pipeThrough(new CompressionStream("deflate-raw")), Infinity);
  return `${DECK_VERSION}.${toBase64Url(packed ?? new Uint8Array())}`;
}

/** Parses a deck from JSON text (a file, or a decompressed link) with the deck schema. */
export function parseDeckJson(text: string): DeckResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { deck: null, error: "deck.unreadable" };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === "number" && version > DECK_VERSION)
    return { deck: null, error: "deck.newerVersion" };
  const parsed = DeckSchema.safeParse(value);
  return parsed.success ? { deck: parsed.data, error: null } : { deck: null, error: "deck.invalid" };
}

/** Never throws: a link that is too long, not a deck, or hostile is refused with a reason. */
export async function decodeDeck(param: string): Promise<DeckResult> {
  if (param.length > MAX_DECK_PARAM) return { deck: null, error: "deck.tooLarge" };
  if (!DECK_PARAM.test(param)) return { deck: null, error: "deck.unreadable" };
  const [version, body = ""] = param.split(".");
  if (Number(version) > DECK_VERSION) return { deck: null, error: "deck.newerVersion" };
  if (Number(version) !== DECK_VERSION) return { deck: null, error: "deck.unreadable" };
  let json: Uint8Array | null;
  try {
    const bytes = fromBase64Url(body);
    json = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream("deflate-raw")), MAX_DECK_JSON);
  } catch {
    return { deck: null, error: "deck.unreadable" };
  }
  if (!json) return { deck: null, error: "deck.tooLarge" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(json);
  } catch {
    return { deck: null, error: "deck.unreadable" };
  }
  return parseDeckJson(text);
}
