/** Replaces .NET-style placeholders {0}, {1} … with the given arguments, as the server's texts use them. */
export function formatText(text: string, args: readonly unknown[]): string {
  if (args.length === 0) {
    return text;
  }
  return text.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = args[Number(index)];
    return value === undefined || value === null ? match : String(value);
  });
}
