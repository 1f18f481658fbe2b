import type { CDPSession } from "playwright-core";

/** What a heap snapshot's bytes are, in three kinds a reader can act on. */
export interface HeapByKind {
  /** V8's compiled code and bytecode: grows while hot functions are still being optimised. */
  code: number;
  /** The browser's own objects (DOM, layout, performance-entry buffers) seen from the heap. */
  native: number;
  /** Everything the page's JavaScript made: objects, closures, arrays, strings. */
  script: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Takes a heap snapshot after two full collections and sums its nodes' own sizes by kind. */
export async function heapByKind(cdp: CDPSession): Promise<HeapByKind> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", collect);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", collect);
  const { snapshot, nodes } = JSON.parse(chunks.join("")) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const typeAt = fields.indexOf("type");
  const sizeAt = fields.indexOf("self_size");
  const sums: HeapByKind = { code: 0, native: 0, script: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = typeNames[nodes[i + typeAt] ?? 0];
    const size = nodes[i + sizeAt] ?? 0;
    if (type === "code") sums.code += size;
    else if (type === "native" || type === "synthetic") sums.native += size;
    else sums.script += size;
  }
  return sums;
}
