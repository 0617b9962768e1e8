import { Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { LocalizationService } from './core/localization/localization.service';

/**
 * The root. The outlet is keyed by the culture: a language change re-creates the views, so every
 * `| t` (a pure pipe) shows the new texts.
 */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet],
  template: `
    @for (culture of [localization.currentCulture()]; track culture) {
      <router-outlet />
    }
  `,
})
export class App {
  protected readonly localization = inject(LocalizationService);
}
