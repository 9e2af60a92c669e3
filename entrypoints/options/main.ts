import { startOptions } from '@/extension/ui/options';

void startOptions(document.getElementById('app')!);
