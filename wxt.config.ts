import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: {
    name: 'Plainsight',
    description: 'School reports and letters in plain words.',
    permissions: [],
  },
});
