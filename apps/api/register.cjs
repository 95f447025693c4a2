// Runs the API's TypeScript directly (swc): decorators, metadata and the @inno/* paths of its tsconfig.
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('node:path').join(__dirname, 'tsconfig.json');
require('@swc-node/register');
