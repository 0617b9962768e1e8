/**
 * Whether two texts say the same thing as a reviewer reads them: blanks, full-width brackets and
 * letter case do not count (企业名称 are often typed with （） or () at will).
 */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalize(a) === normalize(b);
}

function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toUpperCase();
}
