/**
 * The text of a new script: the five stages with placeholder sentences in every
 * chosen locale, a schema line for editors and a comment per stage. Pure: the
 * caller passes the translations in and writes the result where it wants.
 */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { Locale } from '../i18n/locale.js';
import { CUSTOMER_VARIABLE, STEP_PLANS, type StepPlan } from './plan.js';

/** Looks a locale-file key up in a given locale. */
export type Translate = (locale: Locale, key: string, params?: Record<string, string>) => string;

export interface ScaffoldInput {
  readonly id: string;
  /** Locales the script promises; the first one is its source. Must not be empty. */
  readonly locales: readonly Locale[];
  /** A title in the source locale (`--title`); without it, a placeholder. */
  readonly title?: string;
  /** What the `$schema=` line points at: a path relative to the script, or a URL. */
  readonly schemaRef: string;
  /** Locale of the comments: the trainer's interface language. */
  readonly commentLocale: Locale;
  readonly translate: Translate;
}

const PLACEHOLDER = 'new.placeholder';

/** Placeholders keep `{{name}}` for the script's own interpolation at run time. */
const SCRIPT_VARIABLES: Record<string, string> = Object.fromEntries(
  ['agent', 'company', CUSTOMER_VARIABLE].map((name) => [name, `{{${name}}}`]),
);

type Texts = Record<string, string>;
type Lists = Record<string, string[]>;

export function scaffoldScript(input: ScaffoldInput): string {
  const { locales, translate } = input;
  const source = locales[0];
  if (!source) throw new RangeError('scaffoldScript needs at least one locale');

  const text = (key: string, params?: Record<string, string>): Texts =>
    Object.fromEntries(
      locales.map((l) => [
        l,
        translate(l, `${PLACEHOLDER}.${key}`, { ...SCRIPT_VARIABLES, ...params }),
      ]),
    );
  const list = (keys: readonly string[]): Lists =>
    Object.fromEntries(
      locales.map((l) => [l, keys.map((key) => translate(l, `${PLACEHOLDER}.${key}`))]),
    );

  const title = input.title === undefined ? text('title') : titleIn(input.title, source, text);

  const script = {
    coach: 1,
    id: input.id,
    title,
    source,
    locales: [...locales],
    // The greeting names the company: a default to replace, flagged TODO like the texts.
    variables: {
      company: {
        label: text('companyLabel'),
        default: translate(source, `${PLACEHOLDER}.companyDefault`),
      },
      [CUSTOMER_VARIABLE]: { label: text('customerLabel'), pii: true },
    },
    steps: STEP_PLANS.map((plan) => stepOf(plan, text, list)),
  };

  const doc = new Document(script);
  const comment = (key: string) => ` ${translate(input.commentLocale, `new.comment.${key}`)}`;
  doc.commentBefore = [` yaml-language-server: $schema=${input.schemaRef}`, comment('header')].join(
    '\n',
  );
  const localesNode = doc.get('locales', true);
  if (isSeq(localesNode)) localesNode.flow = true;
  const steps = doc.get('steps', true);
  if (isSeq(steps)) {
    let stage = '';
    steps.items.forEach((node, index) => {
      const plan = STEP_PLANS[index];
      if (!plan || plan.stage === stage || !isMap(node)) return;
      stage = plan.stage;
      (node as YAMLMap).spaceBefore = index > 0;
      (node as YAMLMap).commentBefore = comment(stage);
    });
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The given title in the source locale; elsewhere a request to translate it. */
function titleIn(
  given: string,
  source: Locale,
  text: (key: string, params?: Record<string, string>) => Texts,
): Texts {
  return { ...text('titleToTranslate', { title: given }), [source]: given };
}

function stepOf(
  plan: StepPlan,
  text: (key: string) => Texts,
  list: (keys: readonly string[]) => Lists,
): Record<string, unknown> {
  const key = (field: string) => `steps.${plan.id}.${field}`;
  const step: Record<string, unknown> = {
    id: plan.id,
    stage: plan.stage,
    title: text(key('title')),
  };
  if (plan.required) step.required = true;
  if (plan.target) step.target = plan.target;
  if (plan.say) step.say = text(key('say'));
  if (plan.ask) step.ask = text(key('ask'));
  if (plan.tips) step.tips = list(plan.tips.map(key));
  if (plan.checklist) step.checklist = list(plan.checklist.map(key));
  if (plan.options) {
    step.options = plan.options.map((option) => ({
      id: option.id,
      label: text(key(`options.${option.id}`)),
      next: option.next,
    }));
  }
  if (plan.capture) step.capture = plan.capture;
  if (plan.next) step.next = plan.next;
  if (plan.end) step.end = true;
  return step;
}
