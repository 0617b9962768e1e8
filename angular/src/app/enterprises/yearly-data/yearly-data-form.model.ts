import { FormControl, FormGroup, Validators } from '@angular/forms';
import { YearlyFigureName, YearlyFigures } from './yearly-data-api.service';
import { FIGURES, MAX_COUNT, MAX_MONEY, emptyFigures, pickFigures } from './yearly-figures';

export const MIN_FISCAL_YEAR = 2000;

/**
 * The year and every figure as top-level controls named as in the request body, so the server's
 * 400 errors (`domesticRdExpense`: …) land on their fields.
 */
export type YearlyDataForm = FormGroup<
  { fiscalYear: FormControl<number | null> } & Record<YearlyFigureName, FormControl<number | null>>
>;

export function createYearlyDataForm(maxYear: number): YearlyDataForm {
  const figures = Object.fromEntries(
    FIGURES.map((f) => [
      f.name,
      new FormControl<number | null>(null, [
        Validators.max(f.kind === 'money' ? MAX_MONEY : MAX_COUNT),
        ...(f.signed ? [Validators.min(-MAX_MONEY)] : [Validators.min(0)]),
      ]),
    ]),
  ) as Record<YearlyFigureName, FormControl<number | null>>;
  return new FormGroup({
    fiscalYear: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(MIN_FISCAL_YEAR),
      Validators.max(maxYear),
    ]),
    ...figures,
  }) as YearlyDataForm;
}

export function fillYearlyDataForm(
  form: YearlyDataForm,
  fiscalYear: number | null,
  figures: YearlyFigures | null,
): void {
  form.reset({ fiscalYear, ...(figures ? pickFigures(figures) : emptyFigures()) });
}

export function toFigures(form: YearlyDataForm): YearlyFigures {
  const value = form.getRawValue();
  return pickFigures(value as unknown as YearlyFigures);
}

/** Money shown with thousands separators while typing; decimals as typed. */
export function formatMoney(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
