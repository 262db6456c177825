/**
 * `coach schema`: prints the JSON Schema of the script format so that editors can
 * complete and check scripts (`coach schema > script.schema.json`).
 */
import { readFile } from 'node:fs/promises';
import { FailureError } from '../errors.js';
import { createSink } from '../io/sink.js';
import { schemaPath } from '../paths.js';
import type { Handler } from './command.js';

const handler: Handler = async () => {
  const path = schemaPath();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new FailureError(
      'schema.errors.missing',
      { path },
      { hint: 'schema.errors.missingHint', cause: error },
    );
  }
  await createSink(process.stdout).write(text.endsWith('\n') ? text : `${text}\n`);
};

export default handler;
