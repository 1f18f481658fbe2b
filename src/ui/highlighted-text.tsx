/** Text with the given [start, end) ranges wrapped in <mark>. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly [number, number][] }) {
  if (!ranges.length) return text;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** A window of a long text around its first highlighted range, with the ranges moved to match. */
export function excerpt(
  text: string,
  ranges: readonly [number, number][],
  radius = 50,
): { text: string; ranges: [number, number][] } {
  const first = ranges[0];
  if (!first) return { text: "", ranges: [] };
  const start = Math.max(0, first[0] - radius);
  const end = Math.min(text.length, first[1] + radius * 2);
  const lead = start > 0 ? "…" : "";
  const shift = lead.length - start;
  return {
    text: `${lead}${text.slice(start, end)}${end < text.length ? "…" : ""}`,
    ranges: ranges
      .filter(([a, b]) => a >= start && b <= end)
      .map(([a, b]) => [a + shift, b + shift] as [number, number]),
  };
}
