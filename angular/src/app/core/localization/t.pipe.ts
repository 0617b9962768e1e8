import { Pipe, PipeTransform, inject } from '@angular/core';
import { LocalizationService } from './localization.service';

/**
 * `{{ 'Menu:Enterprises' | t }}`. Pure: the app re-creates its views when the culture changes
 * (see App), so a cached text never outlives its language.
 */
@Pipe({ name: 't' })
export class TPipe implements PipeTransform {
  private readonly localization = inject(LocalizationService);

  transform(key: string | null | undefined, ...args: unknown[]): string {
    return key ? this.localization.t(key, ...args) : '';
  }
}
