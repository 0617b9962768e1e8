import { EnvironmentInjector, Injectable, inject } from '@angular/core';
import type { NzMessageService } from 'ng-zorro-antd/message';

/**
 * Toast messages through ng-zorro's message service, loaded on first use so that the overlay code
 * stays out of the initial bundle (the HTTP interceptor needs this at start-up).
 */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly injector = inject(EnvironmentInjector);
  private service?: Promise<NzMessageService>;

  success(text: string): void {
    void this.messages().then((m) => m.success(text));
  }

  error(text: string): void {
    void this.messages().then((m) => m.error(text));
  }

  private messages(): Promise<NzMessageService> {
    return (this.service ??= import('ng-zorro-antd/message').then((m) =>
      this.injector.get(m.NzMessageService),
    ));
  }
}
