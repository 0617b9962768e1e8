import { TestBed } from '@angular/core/testing';
import { provideTestApp } from '../../testing/providers';
import { VisitKpis } from '../shared/visits-api.service';
import { VisitKpiCardsComponent } from './kpi-cards.component';

const KPIS: VisitKpis = {
  from: '2026-01-01',
  to: '2026-06-30',
  coverageTarget: 1,
  visits: 1234,
  enterprisesVisited: 87,
  needs: {
    collected: 40,
    closed: 29,
    overdue: 3,
    returned: 1,
    unresolvable: 0,
    closureRate: 0.725,
    averageDaysToClose: 6.25,
    averageSatisfaction: null,
  },
  units: [],
  officers: [],
};

describe('VisitKpiCardsComponent', () => {
  it('shows the figures, the closure rate as a percentage and a dash where nothing is known', () => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const fixture = TestBed.createComponent(VisitKpiCardsComponent);
    fixture.componentRef.setInput('kpis', KPIS);
    fixture.detectChanges();
    const text = (id: string) =>
      (
        fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLElement
      ).textContent!.trim();

    expect(text('kpi-visits')).toBe('1,234');
    expect(text('kpi-enterprises')).toBe('87');
    expect(text('kpi-needs-overdue')).toBe('3');
    expect(text('kpi-closure-rate')).toBe('72.5%');
    expect(text('kpi-average-days')).toBe('6.3');
    expect(text('kpi-satisfaction')).toBe('–');
  });
});
