import {
  Criterion,
  EnterpriseEligibility,
  KindAssessment,
  QualificationKind,
} from './eligibility-api.service';

/* Results as the server sends them, for the specs. */

export function criterion(overrides: Partial<Criterion> & Pick<Criterion, 'code'>): Criterion {
  return {
    passed: true,
    actual: null,
    required: null,
    gap: null,
    points: null,
    isCondition: true,
    source: '国科发火〔2016〕32号 第十一条',
    missingFacts: [],
    message: overrides.code,
    ...overrides,
  };
}

export function kind(
  kindName: QualificationKind,
  overrides: Partial<KindAssessment> = {},
): KindAssessment {
  return {
    kind: kindName,
    ruleSet: `${kindName}-2016@2016-01-01`,
    ruleSetInfo: {
      id: `${kindName}-2016`,
      kind: kindName,
      version: '2016-01-01',
      documents: '国科发火〔2016〕32号；国科发火〔2016〕195号',
      effectiveFrom: '2016-01-01',
      effectiveTo: null,
    },
    verdict: 'Eligible',
    score: null,
    criteria: [],
    ...overrides,
  };
}

/** 高企: R&D ratio short, staff share short (score item), IP unknown; score 52–78 against 71. */
export const HIGH_TECH: KindAssessment = kind('HighTech', {
  verdict: 'NotEligible',
  score: { min: 52, max: 78, passMark: 71 },
  criteria: [
    criterion({
      code: 'HTE.Registered',
      message: '注册成立满一年',
      actual: { value: 2400, unit: 'Days', text: '2400天' },
      required: { value: 365, unit: 'Days', text: '365天' },
    }),
    criterion({
      code: 'HTE.TechStaffShare',
      passed: false,
      message: '科技人员占比 8% 低于 10%',
      actual: { value: 0.08, unit: 'Ratio', text: '8%' },
      required: { value: 0.1, unit: 'Ratio', text: '10%' },
      gap: { value: 0.02, unit: 'Ratio', text: '2个百分点' },
    }),
    criterion({
      code: 'HTE.RdRatio',
      passed: false,
      message: '近三年研发费用占比 3.1%，低于 5%。还差 120万元。',
      actual: { value: 0.031, unit: 'Ratio', text: '3.1%' },
      required: { value: 0.05, unit: 'Ratio', text: '5%' },
      gap: { value: 1_200_000, unit: 'Yuan', text: '120万元' },
    }),
    criterion({
      code: 'HTE.HighTechIncomeShare',
      passed: false,
      message: '高新技术产品收入占比 55% 低于 60%',
      actual: { value: 0.55, unit: 'Ratio', text: '55%' },
      required: { value: 0.6, unit: 'Ratio', text: '60%' },
      gap: { value: 500_000, unit: 'Yuan', text: '50万元' },
    }),
    criterion({
      code: 'HTE.NoIncident',
      passed: null,
      message: '缺少数据：近一年无重大安全、质量事故或严重环境违法。补齐后才能判断。',
      missingFacts: ['noMajorIncidentLastYear'],
    }),
    criterion({
      code: 'HTE.Score.Ip',
      isCondition: false,
      passed: null,
      message: '知识产权：此项由专家评审判断，系统只给出可能的分值范围。',
      points: { min: 7, max: 24, of: 30 },
    }),
    criterion({
      code: 'HTE.Score.Growth',
      isCondition: false,
      passed: false,
      message: '成长性指标',
      points: { min: 10, max: 10, of: 20 },
      gap: { value: 2_000_000, unit: 'Yuan', text: '200万元' },
    }),
  ],
});

export const TECH_SME: KindAssessment = kind('TechSme', {
  verdict: 'Eligible',
  score: { min: 72, max: 72, passMark: 60 },
  criteria: [
    criterion({ code: 'TSME.Staff', message: '职工总数不超过 500 人' }),
    criterion({
      code: 'TSME.Score.Rd',
      isCondition: false,
      message: '研发投入',
      points: { min: 30, max: 30, of: 50 },
    }),
  ],
});

export const LITTLE_GIANT: KindAssessment = kind('LittleGiant', {
  verdict: 'NeedsReview',
  criteria: [
    criterion({
      code: 'LG.HoldsSrdi',
      passed: false,
      message: '须已获评专精特新中小企业',
      actual: { value: 0, unit: 'Flag', text: '否' },
      required: { value: 1, unit: 'Flag', text: '是' },
    }),
  ],
});

export const ASSESSMENT: EnterpriseEligibility = {
  runId: 'run-1',
  enterpriseId: 'e1',
  asOf: '2026-06-15',
  facts: {
    establishedOn: '2018-03-01',
    industryFieldCode: '10101',
    years: [
      { fiscalYear: 2022, salesRevenue: 9_000_000, rdExpense: 300_000, employees: 40 },
      {
        fiscalYear: 2023,
        salesRevenue: 10_000_000,
        rdExpense: 350_000,
        employees: 45,
        techStaff: 4,
      },
      {
        fiscalYear: 2024,
        salesRevenue: 12_000_000,
        rdExpense: 400_000,
        domesticRdExpense: 380_000,
        employees: 50,
        techStaff: 4,
        netProfit: 800_000,
      },
    ],
    ipClass1Count: 1,
    ipClass1SelfDevelopedCount: 1,
    ipClass2Count: 6,
    segmentMarketYears: null,
    rdInstitutionLevel: null,
    noMajorIncidentLastYear: null,
    techSmeRdOption: null,
    qualifications: [],
  },
  results: [LITTLE_GIANT, TECH_SME, HIGH_TECH],
};

/** The server's texts the specs look for. */
export const ELIGIBILITY_TEXTS: Record<string, string> = {
  'Enum:QualificationKind.HighTech': '高新技术企业',
  'Enum:QualificationKind.TechSme': '科技型中小企业',
  'Enum:QualificationKind.LittleGiant': '专精特新“小巨人”企业',
  'Enum:EligibilityVerdict.Eligible': '符合条件',
  'Enum:EligibilityVerdict.NotEligible': '不符合',
  'Enum:EligibilityVerdict.NeedsReview': '待核实',
  'EligibilityPage:Score': '预计得分',
  'EligibilityPage:PassMark': '达标线 {0} 分',
  'EligibilityPage:ScoreAria': '预计得分 {0} 至 {1} 分，达标线 {2} 分',
  'EligibilityPage:WhatIfInvalid': '输入有误，结果未更新',
  'EligibilityPage:GapShort': '差 {0}',
  'EligibilityPage:Tab': '认定评估',
  'EligibilityPage:AssessedOn': '评估日期 {0}',
  'EligibilityPage:Version': '（{0} 版）',
};
