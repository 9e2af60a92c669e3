import { startPopup } from '@/extension/ui/popup';

void startPopup(document.getElementById('app')!);
