/** Index of the last element of the ascending `sorted` that is ≤ `x` (binary search), or -1. */
export function lastAtOrBefore(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= x) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k;
}
