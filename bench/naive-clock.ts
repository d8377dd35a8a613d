/**
 * The obvious way to add working days — a Date per day and string keys — kept only as the
 * baseline the benchmark compares the project's clock against.
 */
export function naiveAddWorkingDays(fromIso: string, n: number, holidays: Set<string>, makeup: Set<string>): string {
  const date = new Date(`${fromIso}T00:00:00Z`);
  let counted = 0;
  while (counted < n) {
    date.setUTCDate(date.getUTCDate() + 1);
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    const working = makeup.has(iso) || (weekday !== 0 && weekday !== 6 && !holidays.has(iso));
    if (working) counted++;
  }
  return date.toISOString().slice(0, 10);
}
