import { ASSESSMENT } from './eligibility.fixtures';
import {
  applyQuickAction,
  createWhatIfForm,
  editableYears,
  latestYearIndex,
  resetWhatIfForm,
  toFormErrors,
  toWhatIfRequest,
} from './what-if.model';

function formOf(facts = ASSESSMENT.facts, asOf = ASSESSMENT.asOf) {
  const form = createWhatIfForm();
  resetWhatIfForm(form, facts, asOf);
  return form;
}

describe('the what-if form', () => {
  it('edits the three fiscal years before the assessment year', () => {
    expect(editableYears('2026-06-15')).toEqual([2023, 2024, 2025]);
    const value = formOf().getRawValue();
    expect(value.years.map((y) => y.fiscalYear)).toEqual([2023, 2024, 2025]);
    expect(value.years[1]).toMatchObject({ salesRevenue: 12_000_000, techStaff: 4 });
    expect(value.years[2].salesRevenue).toBeNull();
    expect(value).toMatchObject({
      ipClass1Count: 1,
      ipClass2Count: 6,
      noMajorIncidentLastYear: 'unknown',
    });
  });

  it('sends the unchanged facts back as they came, older years and hidden figures included', () => {
    const { body, yearIndex } = toWhatIfRequest(
      ASSESSMENT.facts,
      ASSESSMENT.asOf,
      formOf().getRawValue(),
    );

    expect(body.asOf).toBe('2026-06-15');
    expect(body.facts?.years?.map((y) => y.fiscalYear)).toEqual([2022, 2023, 2024]);
    // 2025 has no figures: it stays out rather than being sent as a year of unknowns.
    expect(yearIndex).toEqual([-1, 0, 1]);
    expect(body.facts?.years?.[0]).toEqual(ASSESSMENT.facts.years![0]);
    expect(body.facts?.years?.[2]).toMatchObject({
      netProfit: 800_000,
      domesticRdExpense: 380_000,
    });
    expect(body.facts).toMatchObject({
      establishedOn: '2018-03-01',
      industryFieldCode: '10101',
      qualifications: [],
      noMajorIncidentLastYear: null,
    });
  });

  it('sends a year the user filled in, and the profile facts as chosen', () => {
    const form = formOf();
    form.controls.years.at(2).patchValue({ salesRevenue: 15_000_000 });
    form.patchValue({ noMajorIncidentLastYear: 'yes', rdInstitutionLevel: 'City' });

    const { body, yearIndex } = toWhatIfRequest(
      ASSESSMENT.facts,
      ASSESSMENT.asOf,
      form.getRawValue(),
    );
    expect(yearIndex).toEqual([-1, 0, 1, 2]);
    expect(body.facts?.years?.[3]).toMatchObject({ fiscalYear: 2025, salesRevenue: 15_000_000 });
    expect(body.facts).toMatchObject({ noMajorIncidentLastYear: true, rdInstitutionLevel: 'City' });
  });

  it('names the server field errors as the form controls, through the years sent', () => {
    const { fields, general } = toFormErrors(
      {
        'facts.years[2].techStaff': ['“科技人员数”不能大于“职工总数”。'],
        'Facts.Years[0].RdExpense': ['older year'],
        'facts.ipClass1SelfDevelopedCount': ['自主研发的不能多于全部'],
        'facts.years': ['同一年度只能出现一次。'],
        asOf: ['评估日期有误'],
      },
      [-1, 0, 1],
    );
    expect(fields).toEqual({
      'years[1].techStaff': ['“科技人员数”不能大于“职工总数”。'],
      ipClass1SelfDevelopedCount: ['自主研发的不能多于全部'],
    });
    expect(general).toEqual(['older year', '同一年度只能出现一次。', '评估日期有误']);
  });

  it('adds quick changes to the latest year with figures, the whole with its part', () => {
    const form = formOf();
    expect(latestYearIndex(form.getRawValue())).toBe(1);

    applyQuickAction(form, 'rd');
    applyQuickAction(form, 'techStaff');
    applyQuickAction(form, 'ip');

    const value = form.getRawValue();
    expect(value.years[1]).toMatchObject({
      rdExpense: 1_400_000,
      domesticRdExpense: 1_380_000,
      techStaff: 9,
      employees: 55,
    });
    expect(value.years[2].rdExpense).toBeNull();
    expect(value).toMatchObject({ ipClass1Count: 2, ipClass1SelfDevelopedCount: 2 });
  });

  it('leaves an unknown whole unknown', () => {
    const form = formOf({ ...ASSESSMENT.facts, years: [], ipClass1SelfDevelopedCount: null });
    applyQuickAction(form, 'techStaff');
    applyQuickAction(form, 'ip');
    const value = form.getRawValue();
    expect(value.years[2]).toMatchObject({ techStaff: 5, employees: null });
    expect(value).toMatchObject({ ipClass1Count: 2, ipClass1SelfDevelopedCount: null });
  });
});
