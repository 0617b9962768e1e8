import { Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { AppConfigStore } from '../core/config/app-config.store';
import { TPipe } from '../core/localization/t.pipe';
import { MENU } from '../layout/menu';

/** The landing page after sign-in: a greeting and the modules the user may open. */
@Component({
  selector: 'app-home-page',
  imports: [RouterLink, NzButtonModule, NzIconModule, TPipe],
  template: `
    <section class="home">
      <h2 data-testid="welcome">{{ 'Ui:Welcome' | t: userName() }}</h2>
      <p>{{ 'Ui:WelcomeText' | t }}</p>
      <div class="home__modules">
        @for (entry of modules(); track entry.link) {
          <a nz-button nzType="primary" nzSize="large" [routerLink]="entry.link">
            <nz-icon [nzType]="entry.icon" />
            {{ entry.text | t }}
          </a>
        } @empty {
          <p>{{ 'Ui:NoModules' | t }}</p>
        }
      </div>
    </section>
  `,
  styles: `
    .home {
      padding: 24px;
      background: #fff;
      border-radius: 8px;
    }
    .home__modules {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
  `,
})
export class HomePage {
  private readonly store = inject(AppConfigStore);
  protected readonly userName = computed(
    () => this.store.currentUser().displayName || this.store.currentUser().userName,
  );
  protected readonly modules = computed(() =>
    MENU.filter((m) => m.policy && this.store.isGranted(m.policy)),
  );
}
