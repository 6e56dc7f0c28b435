// For the harness's self-test only: faults raised by the page's own code
// (a script of its origin), which each engine must report to the probe.
// Script run through WebDriver is not the page's in every engine (Firefox
// reports its exceptions to the driver, not to the page).
setTimeout(() => { throw new Error("deliberate uncaught exception"); }, 0);
Promise.reject(new Error("deliberate rejection"));
console.error("deliberate console error");
