type Measure = (s: string) => number;

/** Greedy word wrap of `text` (any white space, newlines included, separates words) into lines no wider than `maxWidth` as `measure` sees them. */
export function wrapWords(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** As `wrapWords`, but a newline in `text` always starts a new line. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  return text.split('\n').flatMap((paragraph) => wrapWords(paragraph, maxWidth, measure));
}
