import { SemiAnnualReport } from './report-api.service';

/** A small 半年通报 for the specs: two units, one escalated, one task without a unit, two indicators. */
export function reportFixture(change: Partial<SemiAnnualReport> = {}): SemiAnnualReport {
  return {
    year: 2025,
    half: 1,
    status: 'Draft',
    periodStart: '2025-01-01',
    periodEnd: '2025-06-30',
    asOf: '2025-06-30',
    previousAsOf: '2024-12-31',
    generatedAt: '2025-07-02T02:00:00Z',
    issuedAt: null,
    issuedByName: null,
    totals: { collected: 7, closed: 3, overdueAtEnd: 3, closureRate: 0.4286 },
    units: [
      {
        responsibleUnitId: 'u-a',
        responsibleUnitName: '区工业和信息化局',
        tasks: [
          {
            keyTaskId: 't8',
            number: 8,
            title: '加快专精特新“小巨人”企业培育',
            isLead: true,
            progress: '已培育 2 家',
          },
        ],
        needs: { collected: 6, closed: 2, overdueAtEnd: 3, closureRate: 0.3333 },
        letterNumber: '云科提〔2025〕1号',
        escalatedToDistrict: true,
      },
      {
        responsibleUnitId: 'u-b',
        responsibleUnitName: '区科学技术局',
        tasks: [
          {
            keyTaskId: 't8',
            number: 8,
            title: '加快专精特新“小巨人”企业培育',
            isLead: false,
            progress: null,
          },
        ],
        needs: { collected: 1, closed: 1, overdueAtEnd: 0, closureRate: 1 },
        letterNumber: null,
        escalatedToDistrict: false,
      },
    ],
    tasksWithoutUnit: [
      {
        keyTaskId: 't4',
        number: 4,
        section: '建强创新平台',
        title: '打造集成电路专业孵化器',
        otherResponsible: null,
      },
    ],
    indicators: [
      {
        indicator: 'HighTechEnterprises',
        unit: 'Count',
        shape: 'Level',
        baselineYear: 2022,
        baselineValue: 111,
        targetYear: 2025,
        targetValue: 220,
        value: 130,
        previousValue: 124,
      },
      {
        indicator: 'RdInvestment',
        unit: 'Yuan',
        shape: 'Level',
        baselineYear: 2022,
        baselineValue: 241_000_000,
        targetYear: 2025,
        targetValue: 500_000_000,
        value: 300_000_000,
        previousValue: 280_000_000,
      },
    ],
    ...change,
  };
}

/** The texts the specs render with (a subset of the zh-Hans resource). */
export const REPORT_TEXTS: Record<string, string> = {
  'Reports:DocumentTitle': '{0}年{1}科技创新工作通报',
  'Reports:FirstHalf': '上半年',
  'Reports:SecondHalf': '下半年',
  'Reports:DraftNotice': '草稿，尚未印发',
  'Reports:IssuedOn': '{0} 印发（{1}）',
  'Reports:Overview':
    '本半年度共收集企业诉求 {0} 件，已办结 {1} 件，办结率 {2}；期末逾期未办结诉求 {3} 件。',
  'Reports:NoProgress': '未填报',
  'Reports:Lead': '牵头',
  'Reports:Partner': '配合',
  'Reports:EscalatedMark': '（已提请区政府督办）',
  'PlanningUi:YuanScale': '100000000',
  'PlanningUi:YuanValue': '{0} 亿元',
  'Reports:NotIssuedYet': '该半年度的通报尚未印发。',
  'Enum:Indicator.HighTechEnterprises': '高新技术企业',
};
