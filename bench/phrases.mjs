// Sentences for generated benchmark scripts, per stage, in en, pt, pl, bn, cs.
// Only {{company}} and {{agent}} appear before the customer's name is captured;
// {{customer}} appears in solutions and gratitude only.
export const LOCALES = ['en', 'pt', 'pl', 'bn', 'cs'];

export const STAGE_TITLES = {
  greeting: ['Greeting', 'Saudação', 'Powitanie', 'অভিবাদন', 'Pozdrav'],
  rapport: [
    'Building trust',
    'Criar confiança',
    'Budowanie zaufania',
    'আস্থা তৈরি',
    'Budování důvěry',
  ],
  needs: [
    'Finding the need',
    'Descobrir a necessidade',
    'Rozpoznanie potrzeby',
    'প্রয়োজন বোঝা',
    'Zjištění potřeby',
  ],
  solutions: [
    'Offering a solution',
    'Oferecer a solução',
    'Propozycja rozwiązania',
    'সমাধান দেওয়া',
    'Nabídka řešení',
  ],
  gratitude: [
    'Thanking the customer',
    'Agradecer ao cliente',
    'Podziękowanie',
    'গ্রাহককে ধন্যবাদ',
    'Poděkování',
  ],
};

export const SAY = {
  greeting: [
    [
      'Hello, thank you for calling {{company}}.',
      'Olá, obrigado por ligar para a {{company}}.',
      'Dzień dobry, dziękuję za telefon do {{company}}.',
      'হ্যালো, {{company}}-এ ফোন করার জন্য ধন্যবাদ।',
      'Dobrý den, děkujeme, že voláte do {{company}}.',
    ],
    [
      'My name is {{agent}} and I am here to help.',
      'Meu nome é {{agent}} e estou aqui para ajudar.',
      'Nazywam się {{agent}} i chętnie pomogę.',
      'আমি {{agent}}, আপনাকে সাহায্য করতে পেরে খুশি হব।',
      'Jmenuji se {{agent}} a rád vám pomůžu.',
    ],
    [
      'Good to hear from you today.',
      'Que bom falar com você hoje.',
      'Miło, że pan do nas dzwoni.',
      'আজ আপনার ফোন পেয়ে ভালো লাগছে।',
      'Jsem rád, že jste zavolali.',
    ],
  ],
  rapport: [
    [
      'I hope your day is going well so far.',
      'Espero que o seu dia esteja indo bem.',
      'Mam nadzieję, że dzień mija panu dobrze.',
      'আশা করি আপনার দিনটা ভালো কাটছে।',
      'Doufám, že máte zatím dobrý den.',
    ],
    [
      'Thank you for taking the time to call us.',
      'Obrigado por tirar um tempo para nos ligar.',
      'Dziękuję, że znalazł pan czas, żeby zadzwonić.',
      'আমাদের ফোন করার জন্য সময় দেওয়ায় ধন্যবাদ।',
      'Děkuji, že jste si našli čas nám zavolat.',
    ],
    [
      'It is a pleasure to speak with you.',
      'É um prazer falar com você.',
      'To przyjemność z panem rozmawiać.',
      'আপনার সঙ্গে কথা বলে ভালো লাগছে।',
      'Je mi potěšením s vámi mluvit.',
    ],
  ],
  needs: [
    [
      'Let me make sure I understand what you need.',
      'Deixe-me entender bem do que você precisa.',
      'Chcę dobrze zrozumieć, czego pan potrzebuje.',
      'আপনার কী দরকার, সেটা ভালো করে বুঝে নিই।',
      'Chci dobře pochopit, co potřebujete.',
    ],
    [
      'I will ask a few questions to find the best option.',
      'Vou fazer algumas perguntas para achar a melhor opção.',
      'Zadam kilka pytań, żeby znaleźć najlepszą opcję.',
      'সবচেয়ে ভালো উপায় খুঁজতে কয়েকটা প্রশ্ন করব।',
      'Položím pár otázek, abych našel nejlepší možnost.',
    ],
    [
      'Take your time, there is no hurry.',
      'Fique à vontade, não há pressa.',
      'Proszę się nie spieszyć.',
      'সময় নিন, কোনো তাড়া নেই।',
      'Nespěchejte, máme čas.',
    ],
  ],
  solutions: [
    [
      'Here is what I can do for you, {{customer}}.',
      'Veja o que posso fazer por você, {{customer}}.',
      '{{customer}}, oto co mogę dla pana zrobić.',
      '{{customer}}, আপনার জন্য আমি যা করতে পারি তা বলছি।',
      '{{customer}}, tohle pro vás mohu udělat.',
    ],
    [
      'This solves the problem and saves you a trip to the store.',
      'Isso resolve o problema e poupa uma ida à loja.',
      'To rozwiąże problem i oszczędzi panu wizyty w sklepie.',
      'এতে সমস্যার সমাধান হবে, দোকানে আসতেও হবে না।',
      'Tím se problém vyřeší a nemusíte chodit do obchodu.',
    ],
    [
      'I understand how frustrating this must be.',
      'Entendo como isso deve ser frustrante.',
      'Rozumiem, jakie to musi być frustrujące.',
      'বুঝতে পারছি, এটা কতটা বিরক্তিকর।',
      'Chápu, jak nepříjemné to musí být.',
    ],
    [
      'Let me check that nothing was left out.',
      'Vou conferir se nada ficou de fora.',
      'Sprawdzę, czy niczego nie pominęliśmy.',
      'দেখে নিই, কিছু বাদ পড়েছে কি না।',
      'Ověřím, že jsme na nic nezapomněli.',
    ],
  ],
  gratitude: [
    [
      'Thank you, {{customer}}, for the opportunity to serve you today.',
      'Obrigado, {{customer}}, pela oportunidade de atendê-lo hoje.',
      'Dziękuję, {{customer}}, że mogłem dziś panu pomóc.',
      'ধন্যবাদ, {{customer}}, আজ আপনার সেবা করার সুযোগ দেওয়ার জন্য।',
      'Děkuji, {{customer}}, že jsem vám dnes mohl pomoci.',
    ],
    [
      'We are always here if you need us again.',
      'Estamos sempre aqui se precisar de nós.',
      'Zawsze jesteśmy do dyspozycji.',
      'আবার দরকার হলে আমরা সবসময় আছি।',
      'Kdykoli budete potřebovat, jsme tu pro vás.',
    ],
    [
      'Have a wonderful day.',
      'Tenha um ótimo dia.',
      'Życzę miłego dnia.',
      'আপনার দিনটি ভালো কাটুক।',
      'Přeji krásný den.',
    ],
  ],
};

export const ASK = {
  greeting: [
    [
      'How are you today?',
      'Como vai você hoje?',
      'Jak się pan dziś miewa?',
      'আজ কেমন আছেন?',
      'Jak se dnes máte?',
    ],
  ],
  rapport: [
    [
      'May I have your name, please?',
      'Com quem eu falo, por gentileza?',
      'Jak mogę się do pana zwracać?',
      'আপনার নামটা জানতে পারি?',
      'Jak vás mohu oslovovat?',
    ],
    [
      'Have you shopped with us before?',
      'Você já comprou conosco antes?',
      'Czy robił pan już u nas zakupy?',
      'আগে কি আমাদের কাছ থেকে কিছু কিনেছেন?',
      'Nakupovali jste u nás už dříve?',
    ],
  ],
  needs: [
    [
      'How can I help you today?',
      'Como posso ajudar hoje?',
      'W czym mogę dziś pomóc?',
      'আজ কীভাবে সাহায্য করতে পারি?',
      'S čím vám dnes mohu pomoci?',
    ],
    [
      'When did you buy the item?',
      'Quando você comprou o produto?',
      'Kiedy kupił pan ten produkt?',
      'জিনিসটা কবে কিনেছিলেন?',
      'Kdy jste zboží koupili?',
    ],
    [
      'What will you use it for?',
      'Para que você vai usá-lo?',
      'Do czego będzie pan go używał?',
      'এটা কী কাজে ব্যবহার করবেন?',
      'K čemu to budete používat?',
    ],
    [
      'Which budget do you have in mind?',
      'Qual orçamento você tem em mente?',
      'Jaki budżet pan przewiduje?',
      'আপনার বাজেট কত ভাবছেন?',
      'S jakým rozpočtem počítáte?',
    ],
  ],
  solutions: [
    [
      'Would you prefer a refund or an exchange?',
      'Você prefere o reembolso ou a troca?',
      'Woli pan zwrot pieniędzy czy wymianę?',
      'টাকা ফেরত চান, নাকি বদলে নিতে চান?',
      'Dáváte přednost vrácení peněz, nebo výměně?',
    ],
    [
      'Is there anything else I can help you with?',
      'Posso ajudar em mais alguma coisa?',
      'Czy mogę pomóc w czymś jeszcze?',
      'আর কিছুতে সাহায্য করতে পারি?',
      'Mohu vám pomoci ještě s něčím?',
    ],
  ],
  gratitude: [
    [
      'Would you rate this call from one to five?',
      'Você daria uma nota de um a cinco para esta ligação?',
      'Jak oceniłby pan tę rozmowę w skali od jednego do pięciu?',
      'এই কলটিকে এক থেকে পাঁচের মধ্যে কত দেবেন?',
      'Jak byste tento hovor ohodnotili od jedné do pěti?',
    ],
  ],
};

export const TIPS = [
  [
    'Smile before you speak: it can be heard on the phone.',
    'Sorria antes de falar: o sorriso se ouve ao telefone.',
    'Uśmiechnij się przed rozmową – uśmiech słychać w głosie.',
    'কথা বলার আগে হাসুন — ফোনেও হাসি শোনা যায়।',
    'Než promluvíte, usmějte se – úsměv je slyšet.',
  ],
  [
    'Use the customer’s name, but not in every sentence.',
    'Use o nome do cliente, mas não em toda frase.',
    'Używaj imienia klienta, ale nie w każdym zdaniu.',
    'গ্রাহকের নাম বলুন, তবে প্রতিটি বাক্যে নয়।',
    'Oslovujte zákazníka jménem, ale ne v každé větě.',
  ],
  [
    'Be sincere: no empty compliments.',
    'Seja sincero: nada de elogios vazios.',
    'Bądź szczery – bez pustych komplementów.',
    'আন্তরিক থাকুন — ফাঁকা প্রশংসা নয়।',
    'Buďte upřímní, žádné prázdné lichotky.',
  ],
  [
    'Listen to the end before you answer.',
    'Ouça até o fim antes de responder.',
    'Wysłuchaj do końca, zanim odpowiesz.',
    'উত্তর দেওয়ার আগে পুরোটা শুনুন।',
    'Než odpovíte, vyslechněte zákazníka do konce.',
  ],
  [
    'Problem, solution, benefit: explain in that order.',
    'Problema, solução, benefício: explique nessa ordem.',
    'Problem, rozwiązanie, korzyść – wyjaśniaj w tej kolejności.',
    'সমস্যা, সমাধান, লাভ — এই ক্রমে বুঝিয়ে বলুন।',
    'Problém, řešení, přínos – vysvětlujte v tomto pořadí.',
  ],
];

export const CHECKLIST = [
  ['Receipt', 'Comprovante', 'Paragon', 'রসিদ', 'Účtenka'],
  ['Condition of the item', 'Estado do produto', 'Stan produktu', 'জিনিসের অবস্থা', 'Stav zboží'],
  [
    'Refund or exchange',
    'Reembolso ou troca',
    'Zwrot lub wymiana',
    'টাকা ফেরত বা বদল',
    'Vrácení peněz nebo výměna',
  ],
  ['Warranty period', 'Prazo da garantia', 'Okres gwarancji', 'ওয়ারেন্টির মেয়াদ', 'Záruční doba'],
  [
    'Delivery address',
    'Endereço de entrega',
    'Adres dostawy',
    'ডেলিভারির ঠিকানা',
    'Doručovací adresa',
  ],
  ['Payment method', 'Forma de pagamento', 'Sposób płatności', 'পেমেন্টের পদ্ধতি', 'Způsob platby'],
];

export const OPTIONS = [
  ['Return an item', 'Devolver um produto', 'Zwrot produktu', 'জিনিস ফেরত', 'Vrácení zboží'],
  ['Buy a laptop', 'Comprar um notebook', 'Zakup laptopa', 'ল্যাপটপ কেনা', 'Nákup notebooku'],
  ['A complaint', 'Uma reclamação', 'Reklamacja', 'অভিযোগ', 'Stížnost'],
  ['Not sure yet', 'Ainda não sabe', 'Jeszcze nie wie', 'এখনও নিশ্চিত নন', 'Ještě neví'],
];
