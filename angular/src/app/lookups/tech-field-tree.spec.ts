import { buildTechFieldOptions, techFieldPath } from './tech-field-tree';

const FIELDS = [
  { code: '10', level: 1, parentCode: null, name: '电子信息' },
  { code: '101', level: 2, parentCode: '10', name: '软件' },
  { code: '10101', level: 3, parentCode: '101', name: '基础软件' },
  { code: '10102', level: 3, parentCode: '101', name: '嵌入式软件' },
  { code: '20', level: 1, parentCode: null, name: '生物与新医药' },
];

describe('tech field tree', () => {
  it('builds three levels with leaves at level 3', () => {
    const options = buildTechFieldOptions(FIELDS);
    expect(options.map((o) => o.value)).toEqual(['10', '20']);
    const software = options[0].children![0];
    expect(software.label).toBe('软件');
    expect(software.children!.map((c) => [c.value, c.isLeaf])).toEqual([
      ['10101', true],
      ['10102', true],
    ]);
  });

  it('finds the path to a code', () => {
    expect(techFieldPath(FIELDS, '10102')).toEqual(['10', '101', '10102']);
    expect(techFieldPath(FIELDS, 'nope')).toEqual([]);
    expect(techFieldPath(FIELDS, null)).toEqual([]);
  });
});
