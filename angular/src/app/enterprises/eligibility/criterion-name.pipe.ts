import { Pipe, PipeTransform, inject } from '@angular/core';
import { LocalizationService } from '../../core/localization/localization.service';

/**
 * The short name of a criterion (`Eligibility:Criterion:HighTech.RdRatio` → 研发费用占销售收入比例), or ''
 * when the server has none. Pure, like the `t` pipe (views are re-created on a language switch).
 */
@Pipe({ name: 'criterionName' })
export class CriterionNamePipe implements PipeTransform {
  private readonly localization = inject(LocalizationService);

  transform(code: string): string {
    const key = `Eligibility:Criterion:${code}`;
    const text = this.localization.t(key);
    return text === key ? '' : text;
  }
}
