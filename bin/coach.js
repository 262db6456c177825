#!/usr/bin/env node
// The whole program lives in the bundle; this shim only loads it.
import { main } from '../dist/cli.js';

main(process.argv);
