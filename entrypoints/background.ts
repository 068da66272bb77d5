import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Listeners are wired in their own issues; the worker must exist for MV3.
});
