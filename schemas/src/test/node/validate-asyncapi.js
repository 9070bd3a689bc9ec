// Validates an AsyncAPI document with the AsyncAPI project's own parser, for AsyncApiParserTest.
// Usage: node validate-asyncapi.js <document>; prints every diagnostic and a last summary line,
// exits 0 only when the document parsed with no error.
const { Parser, fromFile } = require('@asyncapi/parser');

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

(async () => {
  const { document, diagnostics } = await fromFile(new Parser(), process.argv[2]).parse();
  for (const d of diagnostics) {
    console.log(`${SEVERITIES[d.severity]} ${d.code} ${d.path.join('.')}: ${d.message}`);
  }
  const errors = diagnostics.filter((d) => d.severity === 0).length;
  console.log(`asyncapi: ${errors} errors, ${diagnostics.length - errors} other diagnostics, `
    + `document ${document ? 'parsed' : 'not parsed'}`);
  process.exit(errors === 0 && document ? 0 : 1);
})().catch((error) => { console.error(error && error.stack || error); process.exit(2); });
