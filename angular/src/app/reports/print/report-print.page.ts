import { Component, ViewEncapsulation, computed, effect, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { of } from 'rxjs';
import { LocalizationService } from '../../core/localization/localization.service';
import { TPipe } from '../../core/localization/t.pipe';
import { ReportDocumentComponent } from '../document/report-document.component';
import { halfKey, parseHalfYear } from '../shared/half-year';
import { ReportApiService } from '../shared/report-api.service';

/**
 * The 半年通报 on its own A4 page, outside the app's frame: the browser prints it or saves it as PDF.
 * The print stylesheet (report-print.page.less) sets the page size and margins and a Chinese font stack that
 * exists on Windows, macOS and on Debian with fonts-noto-cjk or fonts-wqy-zenhei.
 */
@Component({
  selector: 'app-report-print-page',
  imports: [
    NzButtonModule,
    NzEmptyModule,
    NzSpinModule,
    ReportDocumentComponent,
    RouterLink,
    TPipe,
  ],
  templateUrl: './report-print.page.html',
  styleUrl: './report-print.page.less',
  // The @page rule and the print-only rules must reach the whole document, not this view only.
  encapsulation: ViewEncapsulation.None,
})
export class ReportPrintPage {
  private readonly api = inject(ReportApiService);
  private readonly localization = inject(LocalizationService);
  private readonly title = inject(Title);
  private readonly params = toSignal(inject(ActivatedRoute).paramMap);

  protected readonly period = computed(() =>
    parseHalfYear(this.params()?.get('year'), this.params()?.get('half')),
  );
  protected readonly report = rxResource({
    params: () => this.period(),
    stream: ({ params }) => (params ? this.api.get(params) : of(null)),
  });

  constructor() {
    // The document title names the saved PDF file.
    effect(() => {
      const p = this.period();
      if (p) {
        this.title.setTitle(
          this.localization.t(
            'Reports:DocumentTitle',
            p.year,
            this.localization.t(halfKey(p.half)),
          ),
        );
      }
    });
  }

  protected print(): void {
    window.print();
  }
}
