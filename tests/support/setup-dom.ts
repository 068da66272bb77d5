// Unit files in happy-dom wait up to 5 s for what they look for (testing-library's default is 1 s):
// a lazily loaded chunk can take longer than that while two workers share this machine's two cores.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 5_000 });
}
