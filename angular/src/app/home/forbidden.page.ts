import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TPipe } from '../core/localization/t.pipe';

@Component({
  selector: 'app-forbidden-page',
  imports: [RouterLink, NzButtonModule, NzResultModule, TPipe],
  template: `
    <nz-result
      nzStatus="403"
      [nzTitle]="'Ui:ForbiddenTitle' | t"
      [nzSubTitle]="'Ui:Forbidden' | t"
      data-testid="forbidden"
    >
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{ 'Ui:BackHome' | t }}</a>
      </div>
    </nz-result>
  `,
})
export class ForbiddenPage {}
