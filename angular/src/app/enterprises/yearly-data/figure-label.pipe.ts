import { Pipe, PipeTransform, inject } from '@angular/core';
import { LocalizationService } from '../../core/localization/localization.service';

/**
 * The server's label of a figure: `YearlyData:salesRevenue`, or `YearlyData:SalesRevenue` while the
 * resource spells it that way. Pure, like the `t` pipe (views are re-created on a language switch).
 */
@Pipe({ name: 'figureLabel' })
export class FigureLabelPipe implements PipeTransform {
  private readonly localization = inject(LocalizationService);

  transform(name: string): string {
    const key = `YearlyData:${name}`;
    const text = this.localization.t(key);
    if (text !== key) {
      return text;
    }
    const pascal = `YearlyData:${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    const fallback = this.localization.t(pascal);
    return fallback !== pascal ? fallback : key;
  }
}
