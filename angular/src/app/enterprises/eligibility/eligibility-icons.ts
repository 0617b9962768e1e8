import {
  ArrowRightOutline,
  CalculatorOutline,
  CheckCircleFill,
  CloseCircleFill,
  DownOutline,
  InfoCircleOutline,
  QuestionCircleFill,
  RightOutline,
  UndoOutline,
} from '@ant-design/icons-angular/icons';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';

/** The panel's own icons, added to the app's set where the panel is used (lazy, like the panel). */
export const provideEligibilityIcons = () =>
  provideNzIconsPatch([
    ArrowRightOutline,
    CalculatorOutline,
    CheckCircleFill,
    CloseCircleFill,
    DownOutline,
    InfoCircleOutline,
    QuestionCircleFill,
    RightOutline,
    UndoOutline,
  ]);

/** The icon and its colour class for a criterion's status (✓ / ✗ / ?). */
export const STATUS_ICONS = {
  passed: 'check-circle',
  failed: 'close-circle',
  unknown: 'question-circle',
} as const;
