import type { Handler } from '../cli.js';

const handler: Handler = async () => undefined;
export default handler;
