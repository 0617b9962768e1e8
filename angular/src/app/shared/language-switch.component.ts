import { Component, computed, inject, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { LocalizationService } from '../core/localization/localization.service';

/** A button naming the next language (简体中文 ⇄ English); a click switches to it. */
@Component({
  selector: 'app-language-switch',
  imports: [NzButtonModule, NzIconModule],
  template: `
    @if (next(); as language) {
      <button
        nz-button
        nzType="text"
        type="button"
        data-testid="language-switch"
        [attr.lang]="language.cultureName"
        [nzLoading]="busy()"
        (click)="switchTo(language.cultureName)"
      >
        <nz-icon nzType="global" />
        {{ language.displayName }}
      </button>
    }
  `,
  // A thumb-sized target where the header is a phone's.
  styles: `
    @media (max-width: 991.98px) {
      button {
        min-height: 44px;
      }
    }
  `,
})
export class LanguageSwitchComponent {
  private readonly localization = inject(LocalizationService);
  protected readonly busy = signal(false);

  protected readonly next = computed(() => {
    const languages = this.localization.languages();
    if (languages.length < 2) {
      return null;
    }
    const current = languages.findIndex(
      (l) => l.cultureName === this.localization.currentCulture(),
    );
    return languages[(current + 1) % languages.length];
  });

  protected async switchTo(cultureName: string): Promise<void> {
    this.busy.set(true);
    try {
      await this.localization.setCulture(cultureName);
    } finally {
      this.busy.set(false);
    }
  }
}
