import { deflateRawSync } from "node:zlib";
import { decodeDeck, encodeDeck, MAX_DECK_PARAM, parseDeckJson } from "./deck-codec";
import type { Deck } from "./deck-schema";

const deck: Deck = {
  version: 1,
  title: "Oil and drones",
  steps: [
    {
      view: { from: 2005, to: 2007, cat: ["energy"], m: "btc-inauguration", f: "btc" },
      caption: "BTC opens.",
    },
    { view: { from: 2010, to: 2013, cat: ["arms"] }, caption: "Deals follow — «כן», 是的, نعم." },
  ],
};

const packed = (value: unknown, version = 1) =>
  `${version}.${deflateRawSync(Buffer.from(JSON.stringify(value))).toString("base64url")}`;

describe("deck links", () => {
  it("survive the round trip through the URL, in every script", async () => {
    const encoded = await encodeDeck(deck);
    expect(encoded).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(await decodeDeck(encoded)).toEqual({ deck, error: null });
  });

  it("refuse a link too long to be a deck before decompressing it", async () => {
    expect(await decodeDeck(`1.${"A".repeat(MAX_DECK_PARAM)}`)).toEqual({
      deck: null,
      error: "deck.tooLarge",
    });
  });

  it("refuse a small link that would expand into a huge document", async () => {
    const bomb = `1.${deflateRawSync(Buffer.alloc(2_000_000, 32)).toString("base64url")}`;
    expect(bomb.length).toBeLessThan(MAX_DECK_PARAM);
    expect(await decodeDeck(bomb)).toEqual({ deck: null, error: "deck.tooLarge" });
  });

  it("refuse damaged links, other JSON, extra fields and links from a newer version", async () => {
    expect((await decodeDeck("1.not-deflate")).error).toBe("deck.unreadable");
    expect((await decodeDeck(packed({ hello: "world" }))).error).toBe("deck.invalid");
    expect((await decodeDeck(packed({ ...deck, script: "<script>" }))).error).toBe("deck.invalid");
    const hostileView = { ...deck, steps: [{ view: { m: "javascript:alert(1)" }, caption: "x" }] };
    expect((await decodeDeck(packed(hostileView))).error).toBe("deck.invalid");
    expect((await decodeDeck(packed({ ...deck, version: 2 }, 2))).error).toBe("deck.newerVersion");
    expect((await decodeDeck(packed({ ...deck, steps: [] }))).error).toBe("deck.invalid");
  });

  it("read JSON files with the same schema", () => {
    expect(parseDeckJson(JSON.stringify(deck))).toEqual({ deck, error: null });
    expect(parseDeckJson("{").error).toBe("deck.unreadable");
    expect(parseDeckJson(JSON.stringify({ ...deck, version: 3 })).error).toBe("deck.newerVersion");
    expect(parseDeckJson(JSON.stringify({ ...deck, title: "" })).error).toBe("deck.invalid");
  });
});
