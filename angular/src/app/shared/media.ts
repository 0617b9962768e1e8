import { DestroyRef, Signal, inject, signal } from '@angular/core';

/** Phones (ng-zorro's xs breakpoint): lists turn into cards. */
export const PHONE = '(max-width: 575.98px)';

/** Whether a media query matches, kept up to date while the calling component lives. */
export function mediaMatches(query: string): Signal<boolean> {
  const list =
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia(query)
      : null;
  const matches = signal(list?.matches ?? false);
  if (list) {
    const listener = (event: MediaQueryListEvent) => matches.set(event.matches);
    list.addEventListener('change', listener);
    inject(DestroyRef).onDestroy(() => list.removeEventListener('change', listener));
  }
  return matches.asReadonly();
}
