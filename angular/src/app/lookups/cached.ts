import { Observable, shareReplay, tap } from 'rxjs';

/** Loads once and replays to later subscribers; a failed load is tried again next time. */
export function cached<T>(load: () => Observable<T>): () => Observable<T> {
  let cache$: Observable<T> | undefined;
  return () =>
    (cache$ ??= load().pipe(
      tap({ error: () => (cache$ = undefined) }),
      shareReplay({ bufferSize: 1, refCount: false }),
    ));
}
