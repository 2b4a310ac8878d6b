// Applies the saved or system colour theme before the first paint (no flash of the
// wrong theme). A file, not an inline script, so the CSP can forbid inline scripts.
(function () {
  var saved = null;
  try {
    saved = window.localStorage.getItem('offers-dashboard.theme');
  } catch (e) {}
  var dark = saved === 'dark' || (saved !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
})();
