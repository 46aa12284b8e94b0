// The build's messages (src/lib/schemas.ts, body-rules.ts, safe-url.ts, content-checks.ts, facts.ts, text.ts) say
// in English what is wrong and what to write instead; staff in the CMS read them in Danish. Each pattern matches
// one of those messages; tests/unit/entry-check.test.ts fails if a message of its bad entries has none.

type Rule = [RegExp, (...parts: string[]) => string];

/** Decap's message when a save is refused for a field's error, ours too (cms/validation.ts): the field may be in either pane. */
export const REFUSED_SAVE = 'Dokumentet er ikke gemt. Ret felterne med en rød besked (også i den grønlandske rude), og gem igen.';

const ADDRESS_HINT =
  'link til en hjemmeside (https://…), en e-mail (mailto:…), et telefonnummer (tel:…) eller en side på dette site (/da/…)';

/** A message about part of a message (an address, a picture), translated on its own. */
const inner = (text: string) => danishOrUndefined(text) ?? text;

const RULES: Rule[] = [
  [/^is missing: write a text$/, () => 'mangler: skriv en tekst'],
  [/^must be text: put it in quotes, like "112"$/, () => 'skal være tekst'],
  [/^is too short: write at least (\d+) characters$/, (n) => `er for kort: skriv mindst ${n} tegn`],
  [/^is too long: keep it under (\d+) characters$/, (n) => `er for lang: hold den under ${n} tegn`],
  [/^must be a date written as YYYY-MM-DD, for example (.+)$/, (ex) => `skal være en dato skrevet ÅÅÅÅ-MM-DD, fx ${ex}`],
  [/^must be one of: (.+)$/, (list) => `skal være en af: ${list}`],
  [/^must be a full web address starting with https:\/\/$/, () => 'skal være en hel webadresse, der begynder med https://'],
  [/^"([^"]+):" addresses are not allowed; .*$/, (scheme) => `"${scheme}:"-adresser er ikke tilladt: ${ADDRESS_HINT}`],
  [
    /^write the full address of another site, starting with https:\/\/$/,
    () => 'skriv den hele adresse på det andet site, med https:// først',
  ],
  [/^list at least one source for the facts in this guide$/, () => 'skriv mindst én kilde til oplysningerne i guiden (under "Kilder")'],
  [/^list at least one source for these details$/, () => 'skriv mindst én kilde til oplysningerne (under "Kilder")'],
  [
    /^give the source's address \(url: https:\/\/…\) or name the document it is \(document: …\)$/,
    () => 'skriv kildens adresse (https://…) eller navnet på dokumentet',
  ],
  [
    /^must be the date the source shows, written as YYYY, YYYY-MM or YYYY-MM-DD.*$/,
    () => 'skal være den dato, kilden viser, skrevet ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, fx 2025-03',
  ],
  [
    /^a reviewed translation needs reviewedBy and reviewedOn$/,
    () => 'en gennemgået oversættelse skal have "Gennemgået af" og "Gennemgået den"',
  ],
  [
    /^is missing: the Danish text this translation follows .*$/,
    () =>
      'mangler: tryk på knappen "Oversættelsen svarer til den danske tekst, som den er nu", når oversættelsen svarer til den danske tekst',
  ],
  [
    /^is missing: record the Danish text this translation follows .*$/,
    () =>
      'mangler: tryk på knappen "Oversættelsen svarer til den danske tekst, som den er nu", når oversættelsen svarer til den danske tekst',
  ],
  [
    /^is missing: run npm run translation:confirm .*$/,
    () => 'mangler: tryk på knappen "Oversættelsen svarer til den danske tekst, som den er nu"',
  ],
  [
    /^must be the hash written by .*$/,
    () => 'skal være det fingeraftryk, knappen "Oversættelsen svarer til den danske tekst, som den er nu" skriver',
  ],
  [
    /^a translated text needs "written": .*$/,
    () => 'en oversat tekst skal have "Skrevet eller leveret den": den dag, oversætteren leverede den',
  ],
  [/^a text sent to a translator needs sentOn$/, () => 'en tekst sendt til oversætter skal have "Sendt den"'],
  [/^remove "slug": the file name is the address of the page$/, () => 'fjern "slug": filnavnet er sidens adresse'],
  [/^must be a former file name: a–z, 0–9 and hyphens$/, () => 'skal være et tidligere filnavn: kun a–z, 0–9 og bindestreger'],
  [
    /^"([^"]*)" does not exist; use the name of a file in content\/organisations\/.*$/,
    (id) => `"${id}" findes ikke: vælg et af stederne i "Steder, der hjælper"`,
  ],
  [/^"([^"]*)" does not exist; use the name of a file in content\/guides\/.*$/, (id) => `"${id}" findes ikke: vælg en af guiderne`],
  [
    /^the file name "([^"]*)" is used by the site itself; choose another\.$/,
    (id) => `adressen "${id}" bruger sitet selv: skriv en anden titel (den giver filnavnet)`,
  ],
  [/^the file name "([^"]*)" becomes the address; .*$/, (id) => `filnavnet "${id}" bliver adressen: brug kun a–z, 0–9 og bindestreger`],
  [
    /^claims the address (\S+), which (\S+) claims too; change one of them\.$/,
    (address, other) => `adressen ${address} er allerede brugt af ${other}: skriv en anden titel`,
  ],
  [/^"([^"]*)" is this guide's own address; .*$/, (id) => `"${id}" er guidens egen adresse: fjern den her`],
  [/^"([^"]*)" is an address the site itself uses .*$/, (id) => `"${id}" er en adresse, sitet selv bruger: fjern den`],
  [
    /^the address (\S+) is already used by (\S+); two pages cannot share it: remove "([^"]*)"\.$/,
    (address, other, id) => `adressen ${address} bruges allerede af ${other}: fjern "${id}"`,
  ],
  [/^the \w+ guide shows an image; describe it in \w+ here\.$/, () => 'den danske guide viser et billede: beskriv det her på grønlandsk'],
  [/^line (\S+): (.*)$/, (line, rest) => `linje ${line}: ${inner(rest)}`],
  [
    /^the text cannot be read as Markdown: (.*)$/,
    (why) => `teksten kan ikke læses som Markdown (${why}): ret linjen, eller fjern tegnene < > { }`,
  ],
  [/^import and export are program code, .*$/, () => 'import og export er programkode, som ikke er tilladt i en tekst: fjern linjen'],
  [
    /^curly braces \{ \} hold program code, .*$/,
    () => 'krøllede parenteser { } indeholder programkode, som ikke er tilladt i en tekst: fjern dem, eller skriv teksten uden dem',
  ],
  [/^the link ("[^"]*"|\[[^\]]*\]: "[^"]*"): (.*)$/, (link, why) => `linket ${link}: ${inner(why)}`],
  [/^the link address (\[[^\]]*\]: "[^"]*"): (.*)$/, (link, why) => `linkadressen ${link}: ${inner(why)}`],
  [
    /^the attribute (\S+)= is program code .*$/,
    (name) => `attributten ${name}= er programkode (en hændelse), som ikke er tilladt i en tekst: fjern den`,
  ],
  [/^<([^>]+)> is not allowed in a text$/, (name) => `<${name}> er ikke tilladt i en tekst: fjern det`],
  [
    /^<([^>]+)> cannot be used in a text; use Markdown, or one of: (.*)$/,
    (name, list) => `<${name}> kan ikke bruges i en tekst: brug Markdown eller en af ${list}`,
  ],
  [/^<([^>]+)> has no attribute (\S+)=: remove it.*$/, (name, attr) => `<${name}> har ingen attribut ${attr}=: fjern den`],
  [
    /^(\S+)=\{…\} in <([^>]+)> is program code.*$/,
    (attr, name) => `${attr}={…} i <${name}> er programkode, som ikke er tilladt i en tekst: fjern det`,
  ],
  [/^\{…\} in <([^>]+)> is program code.*$/, (name) => `{…} i <${name}> er programkode, som ikke er tilladt i en tekst: fjern det`],
  [
    /^an image needs alternative text: .*$/,
    () => 'et billede skal have en beskrivelse (alt-tekst): skriv den mellem de firkantede parenteser, ![sådan her](billede.png)',
  ],
  [
    /^the picture ("[^"]*") is not in content\/images\/.*$/,
    (pic) =>
      `billedet ${pic} ligger ikke i content/images/: læg billedet dér og brug det derfra, ![hvad billedet viser](../../images/billede.png)`,
  ],
  [
    /^the picture ("[^"]*"): SVG pictures are not allowed.*$/,
    (pic) => `billedet ${pic}: SVG-billeder er ikke tilladt (de kan indeholde programkode): gem det som PNG, JPEG eller WebP`,
  ],
  [/^the picture ("[^"]*") must be one of: (.*)$/, (pic, list) => `billedet ${pic} skal være en af: ${list}`],
  [/^the picture ("[^"]*"): (.*)$/, (pic, why) => `billedet ${pic}: ${inner(why)}`],
  [
    /^a picture written as !\[…\]\[([^\]]*)\] cannot be checked: .*$/,
    (label) =>
      `et billede skrevet som ![…][${label}] kan ikke kontrolleres: skriv det som ![hvad billedet viser](../../images/billede.png)`,
  ],
  [
    /^pictures from other sites cannot be used: .*$/,
    () => 'billeder fra andre sites kan ikke bruges: læg billedet i content/images/ og brug det derfra',
  ],
  [/^"([^"]*)" is not in content\/images\/: .*$/, (path) => `"${path}" ligger ikke i content/images/: læg billedet dér og brug det derfra`],
  [
    /^"([^"]*)" is not a photo or drawing the site can show: use a (.*) file \(SVG is not allowed\)$/,
    (path, list) => `"${path}" er ikke et billede, sitet kan vise: brug en ${list}-fil (ikke SVG)`,
  ],
  [
    /^contains (.+) \((U\+[0-9A-F]+)\) at character (\d+), .*$/,
    (name, code, at) =>
      `indeholder et usynligt tegn (${name}, ${code}) ved tegn nr. ${at}, sikkert kopieret fra et andet program: slet det og skriv et mellemrum i stedet`,
  ],
  [
    /^\{(\w*)\} is not filled in by the site: this text can use (.*)$/,
    (name, list) => `{${name}} udfyldes ikke af sitet: denne tekst kan bruge ${list}`,
  ],
  [
    /^\{(\w*)\} is not filled in by the site: this text has no placeholders: .*$/,
    (name) => `{${name}} udfyldes ikke af sitet: denne tekst har ingen pladsholdere, skriv den uden { }`,
  ],
  [
    /^must be written like 98 14 68 00 .*$/,
    () => 'skal skrives som 98 14 68 00 (et dansk nummer: fire par cifre, uden +45) eller +299 32 10 00 (et grønlandsk)',
  ],
  [/^must be a Danish postcode: 4 digits, like "9000"$/, () => 'skal være et dansk postnummer: 4 cifre, fx 9000'],
  [
    /^"([^"]*)" is not a time range: .*$/,
    (time) => `"${time}" er ikke et tidsrum: skriv det som 08:00–15:30 (24-timers ur, to cifre hver)`,
  ],
  [
    /^(\w+) is given twice \(also in line (\d+)\): .*$/,
    (day, line) => `${day} står to gange (også i linje ${line}): skriv hver ugedag én gang, og undtagelser i "Bemærkning"`,
  ],
  [/^must be the address of a file in public\/videos\/, like (.*)$/, (ex) => `skal være adressen på en fil i public/videos/, fx ${ex}`],
  [/^name at least one organisation readers can always ask$/, () => 'vælg mindst ét sted, læserne altid kan spørge'],
  [/^a journey needs at least two steps$/, () => 'et forløb skal have mindst to trin'],
  [/^a question needs at least two answers$/, () => 'et spørgsmål skal have mindst to svar'],
  [
    /^no step is for readers who answer (.*); add .*$/,
    (answers) =>
      `intet trin er for læsere, der svarer ${answers.replace(/ and /g, ' og ')}; tilføj et trin for alle, eller skriv et af svarene i et trins "Kun for læsere, der svarede"`,
  ],
  [/^ask at most two questions: .*$/, () => 'stil højst to spørgsmål: hvert svar giver flere sider'],
  [/^becomes part of an address: .*$/, () => 'bliver en del af en adresse: brug kun a–z, 0–9 og bindestreg, fx "med-boern"'],
  [/^name at least one answer, or remove "when" .*$/, () => 'skriv mindst ét svar, eller lad feltet være tomt, så trinnet er for alle'],
  [
    /^"([^"]*)" is the id of another answer too \(([^)]*)\); .*$/,
    (id, other) => `"${id}" er også id for et andet svar (${other}); giv hvert svar sit eget id`,
  ],
  [/^"([^"]*)" is not an answer of the questions; use one of: (.*)$/, (id, list) => `"${id}" er ikke et af svarene; brug et af: ${list}`],
  [
    /^"([^"]*)" is not an answer: the journey has no questions; .*$/,
    (id) => `"${id}" er ikke et svar: forløbet har ingen spørgsmål; tilføj dem, eller slet "${id}"`,
  ],
  [/^needs the 12 month names, January first$/, () => 'skal have de 12 månedsnavne, januar først'],
  [
    /^Invalid input: expected (\w+), received (\w+)$/,
    (expected) => (expected === 'array' ? 'skal være en liste' : `har en forkert type (skal være ${expected})`),
  ],
];

function danishOrUndefined(message: string): string | undefined {
  for (const [pattern, danish] of RULES) {
    const match = pattern.exec(message);
    if (match) return danish(...match.slice(1));
  }
  return undefined;
}

/** The Danish message for one of the build's messages; one without a translation is shown as the build says it. */
export const danish = (message: string) => danishOrUndefined(message) ?? `${message} (byggeriets besked på engelsk)`;
/** True when a message has a Danish translation. */
export const hasDanish = (message: string) => danishOrUndefined(message) !== undefined;
