// First line of `npm test`: which Node runs the suite. npm scripts put node_modules/.bin first on
// the PATH, where the `node` dev dependency provides Node 24, the runtime of the Lambda functions.
console.log(`Node ${process.version} (${process.execPath})`);
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error('Tests must run on Node 24 or newer: run them through npm (`npm test`), which uses the `node` dev dependency.');
  process.exit(1);
}
