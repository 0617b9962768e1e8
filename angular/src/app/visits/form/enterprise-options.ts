import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Subject, catchError, debounceTime, map, of, switchMap, tap } from 'rxjs';
import { EnterpriseApi } from '../../enterprises/shared/enterprise-api.service';

export interface EnterpriseOption {
  id: string;
  name: string;
}

/**
 * The visit form's enterprise picker: searched on the server as the officer types. The options
 * always keep the enterprises the form has chosen, so the picker can show their names (after a
 * draft is restored, or a change of enterprise is taken back).
 */
@Injectable()
export class EnterpriseOptions {
  private readonly enterprises = inject(EnterpriseApi);
  private readonly search$ = new Subject<string>();
  private readonly known = new Map<string, string>();

  readonly options = signal<EnterpriseOption[]>([]);
  readonly searching = signal(false);
  /** The enterprise the form holds, kept among the options of every search. */
  selectedId: () => string | null = () => null;

  constructor() {
    const subscription = this.search$
      .pipe(
        debounceTime(300),
        tap(() => this.searching.set(true)),
        switchMap((filter) =>
          this.enterprises.getList({ filter, skipCount: 0, maxResultCount: 20 }).pipe(
            map((page) => page.items.map((e) => ({ id: e.id, name: e.name }))),
            catchError(() => of([])),
          ),
        ),
      )
      .subscribe((found) => {
        this.searching.set(false);
        found.forEach((o) => this.known.set(o.id, o.name));
        this.options.set(found);
        this.keep(this.selectedId(), null);
      });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  search(text: string): void {
    if (text.trim()) {
      this.search$.next(text.trim());
    }
  }

  /** The name of an enterprise seen in the options; null when unknown. */
  nameOf(id: string | null): string | null {
    return id ? (this.known.get(id) ?? null) : null;
  }

  /** Makes sure the picker can show this enterprise (first in the list). */
  keep(id: string | null, name: string | null): void {
    if (!id) {
      return;
    }
    const label = name ?? this.known.get(id) ?? id;
    this.known.set(id, label);
    this.options.update((list) =>
      list.some((o) => o.id === id) ? list : [{ id, name: label }, ...list],
    );
  }
}
