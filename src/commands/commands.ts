/**
 * Ribbon commands (ExecuteFunction). Registered once Office is ready; each must call
 * `event.completed()` whatever happens.
 */
Office.onReady(() => {
  // Commands are associated here as the ribbon buttons are added.
});
