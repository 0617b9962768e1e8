import { TestBed } from '@angular/core/testing';
import { provideTestApp } from '../../testing/providers';
import { settle } from '../../testing/settle';
import { NeedKpiDto } from '../../proxy/models';
import { VisitKpis } from '../shared/visits-api.service';
import { VisitKpiTablesComponent } from './kpi-tables.component';

function needs(change: Partial<NeedKpiDto>): NeedKpiDto {
  return {
    collected: 0,
    closed: 0,
    overdue: 0,
    returned: 0,
    unresolvable: 0,
    closureRate: null,
    averageDaysToClose: null,
    averageSatisfaction: null,
    ...change,
  };
}

const KPIS: VisitKpis = {
  from: '2026-01-01',
  to: '2026-06-30',
  coverageTarget: 1,
  visits: 40,
  enterprisesVisited: 30,
  needs: needs({ collected: 29 }),
  units: [
    {
      responsibleUnitId: 'u1',
      responsibleUnitName: '区住房和城乡建设局',
      needs: needs({
        collected: 9,
        closed: 2,
        overdue: 6,
        closureRate: 0.2222,
        averageDaysToClose: 7,
      }),
    },
    {
      responsibleUnitId: 'u2',
      responsibleUnitName: '区卫生健康局',
      needs: needs({ collected: 1200, closed: 4, overdue: 0, closureRate: 0.4 }),
    },
    {
      responsibleUnitId: 'u3',
      responsibleUnitName: '区人力资源和社会保障局',
      needs: needs({ collected: 3, closed: 1, overdue: 2, closureRate: null }),
    },
  ],
  officers: [
    {
      officerId: 'o1',
      displayName: '王干部',
      assigned: 20,
      visited: 5,
      coverage: 0.25,
      meetsTarget: false,
    },
    {
      officerId: 'o2',
      displayName: '李干部',
      assigned: 12,
      visited: 12,
      coverage: 1,
      meetsTarget: true,
    },
  ],
};

describe('VisitKpiTablesComponent', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const fixture = TestBed.createComponent(VisitKpiTablesComponent);
    fixture.componentRef.setInput('kpis', KPIS);
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    const column = (rowId: string, key: string) =>
      Array.from(root.querySelectorAll(`[data-testid="${rowId}"]`)).map((row) =>
        row.querySelector(`[data-testid="${key}"]`)!.textContent!.trim(),
      );
    const sort = async (id: string) => {
      (root.querySelector(`[data-testid="${id}"]`) as HTMLElement).click();
      fixture.detectChanges();
      await settle();
      fixture.detectChanges();
    };
    return { root, column, sort };
  }

  it('shows a row per unit with its figures, rates as percentages and unknown figures as a dash', async () => {
    const { root, column } = await render();

    expect(column('kpi-unit-row', 'kpi-unit-unit')).toEqual([
      '区住房和城乡建设局',
      '区卫生健康局',
      '区人力资源和社会保障局',
    ]);
    expect(column('kpi-unit-row', 'kpi-unit-collected')).toEqual(['9', '1,200', '3']);
    expect(column('kpi-unit-row', 'kpi-unit-closureRate')).toEqual(['22.2%', '40.0%', '–']);
    expect(column('kpi-unit-row', 'kpi-unit-days')).toEqual(['7.0', '–', '–']);
    const overdue = root.querySelectorAll('[data-testid="kpi-unit-overdue"]');
    expect(overdue[0].classList).toContain('kpi-tables__alert');
    expect(overdue[1].classList).not.toContain('kpi-tables__alert');
  });

  it('sorts the units by a figure, largest first, then smallest first', async () => {
    const { column, sort } = await render();

    await sort('kpi-units-sort-collected');
    expect(column('kpi-unit-row', 'kpi-unit-collected')).toEqual(['1,200', '9', '3']);

    await sort('kpi-units-sort-collected');
    expect(column('kpi-unit-row', 'kpi-unit-collected')).toEqual(['3', '9', '1,200']);
  });

  it('puts units without a closure rate last when sorting by it', async () => {
    const { column, sort } = await render();

    await sort('kpi-units-sort-closureRate');

    expect(column('kpi-unit-row', 'kpi-unit-closureRate')).toEqual(['40.0%', '22.2%', '–']);
  });

  it("shows each officer's coverage and whether it meets the target, sortable by name", async () => {
    const { root, column, sort } = await render();

    expect(column('kpi-officer-row', 'kpi-officer-coverage')).toEqual(['25.0%', '100.0%']);
    const tags = Array.from(root.querySelectorAll('[data-testid="kpi-officer-row"] nz-tag'));
    expect(tags.map((t) => t.textContent!.trim())).toEqual([
      'VisitPage:KpiTargetMissed',
      'VisitPage:KpiTargetMet',
    ]);

    await sort('kpi-officers-sort-officer');
    expect(column('kpi-officer-row', 'kpi-officer-officer')).toEqual(['李干部', '王干部']);
  });
});
