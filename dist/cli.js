#!/usr/bin/env node
// lp-manifest command line (bundle in dist/cli/index.js).
import './cli/index.js';
