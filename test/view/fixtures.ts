/** Scripts, states and views built by hand, so the screen is tested on its own. */
import type { Locale } from '../../src/i18n/locale.js';
import type { Script, Stage, Step } from '../../src/script/types.js';
import type { SessionState } from '../../src/session/types.js';
import type { ScreenView, StageState } from '../../src/view/view.js';

const step = (fields: Partial<Step> & Pick<Step, 'id' | 'stage'>): Step => ({
  required: false,
  end: false,
  ...fields,
});

export const bengaliScript: Script = {
  coach: 1,
  id: 'bn-service',
  title: { bn: 'গ্রাহক সন্তুষ্টি ও সেবা চক্র', en: 'Customer satisfaction cycle' },
  source: 'bn',
  locales: ['bn', 'en'],
  variables: [
    { name: 'company', default: 'নীল দোকান', pii: false },
    { name: 'customer', label: { bn: 'গ্রাহকের নাম', en: 'customer name' }, pii: true },
  ],
  steps: [
    step({
      id: 'greet',
      stage: 'greeting',
      required: true,
      targetMs: 15_000,
      title: { bn: 'উষ্ণ অভিবাদন' },
      say: { bn: '{{company}}-এ ফোন করার জন্য ধন্যবাদ। আমি {{agent}}, আপনাকে কীভাবে সাহায্য করতে পারি?' },
      tips: { bn: ['হাসিমুখে কথা বলুন: ফোনেও হাসি শোনা যায়।', 'শ্বাস নিন, তাড়াহুড়ো করবেন না।'] },
    }),
    step({
      id: 'name',
      stage: 'rapport',
      title: { bn: 'গ্রাহকের নাম জানুন' },
      ask: { bn: 'আপনার নামটি কি জানতে পারি? {{customer}}, আপনার স্বাস্থ্য কেমন?' },
      capture: 'customer',
    }),
    step({
      id: 'need',
      stage: 'needs',
      ask: { bn: 'আজ আমরা আপনার জন্য কী করতে পারি?' },
      options: [
        { id: 'return', label: { bn: 'পণ্য ফেরত দিতে চান' } },
        { id: 'buy', label: { bn: 'নতুন ল্যাপটপ কিনতে চান' } },
      ],
    }),
    step({
      id: 'verify',
      stage: 'solutions',
      checklist: { bn: ['অর্ডার নম্বর মিলিয়ে নিন', 'ফেরতের কারণ লিখে রাখুন', 'গ্রাহক সন্তুষ্টি যাচাই করুন'] },
    }),
    step({
      id: 'thanks',
      stage: 'gratitude',
      required: true,
      say: { bn: 'ধন্যবাদ, {{customer}}, আজ আপনাকে সেবা দেওয়ার সুযোগ পেয়ে আমরা আনন্দিত।' },
    }),
  ],
};

export const polishScript: Script = {
  coach: 1,
  id: 'pl-returns',
  title: { pl: 'Zwroty w sklepie — obsługa zgłoszeń' },
  source: 'pl',
  locales: ['pl'],
  variables: [
    { name: 'company', default: 'Błękitny Sklep', pii: false },
    { name: 'customer', label: { pl: 'imię klienta' }, pii: true },
  ],
  steps: [
    step({
      id: 'greet',
      stage: 'greeting',
      targetMs: 20_000,
      title: { pl: 'Serdeczne powitanie' },
      say: {
        pl: 'Dzień dobry, dziękuję za telefon do {{company}}. Nazywam się {{agent}}, w czym mogę pomóc?',
      },
      tips: { pl: ['Uśmiechnij się: uśmiech słychać w słuchawce.'] },
    }),
    step({
      id: 'name',
      stage: 'rapport',
      ask: { pl: 'Czy mogę poznać Pana/Pani imię? Źdźbło łąki, gęślą jaźń: {{customer}}.' },
      capture: 'customer',
    }),
    step({
      id: 'need',
      stage: 'needs',
      ask: { pl: 'Co sprowadza Pana/Panią do nas?' },
      options: [
        { id: 'return', label: { pl: 'Zwrot towaru zakupionego w sklepie stacjonarnym' } },
        { id: 'buy', label: { pl: 'Zakup laptopa' } },
        { id: 'unsure', label: { pl: 'Jeszcze nie wiem' } },
      ],
    }),
    step({
      id: 'check',
      stage: 'solutions',
      checklist: { pl: ['Numer zamówienia', 'Stan towaru', 'Paragon lub faktura'] },
    }),
    step({
      id: 'thanks',
      stage: 'gratitude',
      say: { pl: 'Dziękuję, {{customer}}, że mogliśmy dziś pomóc.' },
    }),
  ],
};

export function stateOn(
  current: string,
  fields: Partial<SessionState> = {},
  startedAt = 1_000_000,
): SessionState {
  return {
    status: 'active',
    current,
    startedAt,
    stepStartedAt: startedAt,
    path: [current],
    visits: [{ step: current, checked: [] }],
    vars: {},
    results: {},
    checked: {},
    choices: {},
    notes: [],
    ...fields,
  };
}

const allPending: Record<Stage, StageState> = {
  greeting: 'pending',
  rapport: 'pending',
  needs: 'pending',
  solutions: 'pending',
  gratitude: 'pending',
};

export function viewOf(
  script: Script,
  state: SessionState,
  locale: Locale,
  fields: Partial<ScreenView> = {},
): ScreenView {
  const stage = script.steps.find((s) => s.id === state.current)?.stage;
  return {
    script,
    state,
    now: state.startedAt,
    columns: 80,
    locale,
    agent: 'Ana',
    vars: {},
    progress: { index: 1, total: script.steps.length },
    stages: stage ? { ...allPending, [stage]: 'current' } : allPending,
    ...fields,
  };
}
